import { Inject, Injectable } from '@nestjs/common';
import { render, text, type Lang } from '@lib/i18n';
import { maskBsn, OnderaannemingError, type OpgaveInput, OpgavenService } from '@lib/funding';
import { RETOURCODES } from '@lib/iwmo';
import { DATABASE, OnderaannemingRepository, type Database, type DelegatedToewijzingRow, type Melding, type Opgave, type Party } from '@lib/persistence';
import { OnderaannemingAudit, requireAanbieder } from './onderaanneming.audit';
import { http } from './onderaanneming.errors';
import { fixFor } from '../reconciliation/retourcode-fixes';

/**
 * The onderaannemer's side: its notifications and delegated toewijzingen, its opgaven (start,
 * stop, prestatie per month) to its hoofdaannemer, and the gemeente's verdict on its own declared
 * prestaties, never on anyone else's. Every step is audit-logged with the hoofdaannemer it acts
 * for and the toewijzing.
 */
@Injectable()
export class OnderaannemerUseCase {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly audit: OnderaannemingAudit,
  ) {}

  meldingen(party: Party, open: boolean, limit: number): Promise<Melding[]> {
    return http(() =>
      this.audit.step(party, 'meldingen.list', { open }, async () => {
        requireAanbieder(party);
        return new OnderaannemingRepository(this.db).meldingen(party.code, { open, limit });
      }, (rows) => ({ count: rows.length })),
    );
  }

  ack(party: Party, id: string): Promise<{ id: string; acked: true }> {
    return http(() =>
      this.audit.step(party, 'melding.ack', { meldingId: id }, async () => {
        if (!/^\d{1,18}$/.test(id) || !(await new OnderaannemingRepository(this.db).ackMelding(party.code, id))) {
          throw OnderaannemingError.one('not-found', 'id', 'NO_MELDING', text('funding.onderaanneming.no-melding', { id }));
        }
        return { id, acked: true as const };
      }),
    );
  }

  toewijzingen(party: Party): Promise<DelegatedToewijzingRow[]> {
    return http(() =>
      this.audit.step(party, 'toewijzingen.list', {}, async () => {
        requireAanbieder(party);
        return new OnderaannemingRepository(this.db).toewijzingenOf(party.code);
      }, (rows) => ({ count: rows.length })),
    );
  }

  submit(party: Party, input: OpgaveInput): Promise<Opgave> {
    const detail = { onBehalfOf: input.hoofdaannemer, gemeente: input.gemeente, toewijzingNummer: input.toewijzingNummer, soort: input.soort };
    return http(() =>
      this.audit.step(party, 'opgave.submit', detail, async () => {
        requireAanbieder(party);
        return new OpgavenService(this.db).submit(party.code, input);
      }, (o) => ({ opgaveId: o.id, status: o.status })),
    );
  }

  opgaven(party: Party): Promise<Opgave[]> {
    return new OnderaannemingRepository(this.db).opgaven({ onderaannemer: party.code });
  }

  /** The 325 outcome of the onderaannemer's own declared prestaties (Bsn masked: the ToewijzingNummer identifies the client to it); the remedies in `lang`. */
  uitkomsten(party: Party, lang: Lang) {
    return http(() =>
      this.audit.step(party, 'uitkomsten.list', {}, async () => {
        requireAanbieder(party);
        const rows = await new OnderaannemingRepository(this.db).uitkomsten(party.code);
        return rows.map(({ bsn, ...r }) => ({
          ...r,
          bsn: maskBsn(bsn),
          retourcodes: r.retourcodes.map((code) => ({ code, betekenis: RETOURCODES[code]?.betekenis ?? null, herstel: render(fixFor(code), lang) })),
        }));
      }, (rows) => ({ count: rows.length })),
    );
  }
}
