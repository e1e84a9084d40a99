import { Inject, Injectable } from '@nestjs/common';
import { render, renderStored, text, type Lang, type Text } from '@lib/i18n';
import { ModuleRef } from '@nestjs/core';
import { type BuiltBericht, MergeService, OnderaannemingError, OpgavenService } from '@lib/funding';
import { DATABASE, OnderaannemingRepository, type Database, type MergedBericht, type Opgave, type Party } from '@lib/persistence';
import { SubmitBerichtUseCase } from '../berichten/submit-bericht.usecase';
import { OnderaannemingAudit, requireAanbieder } from './onderaanneming.audit';
import { http } from './onderaanneming.errors';

export interface SubmittedBericht {
  id: string;
  soort: 'WMO305' | 'WMO307';
  identificatie: string;
  status: MergedBericht['status'];
  messageId: string | null;
  retourcodes: string[];
  errors?: Array<{ code: string | null; path: string | null; message: string; text?: Text }>;
}

/** A submitted merged message as the hoofdaannemer reads it: the verdict's errors said in `lang`, without their texts. */
export function submittedIn(b: SubmittedBericht, lang: Lang): SubmittedBericht {
  return b.errors ? { ...b, errors: b.errors.map(({ text: said, ...e }) => ({ ...e, message: renderStored(said, lang, e.message) })) } : b;
}

/**
 * The hoofdaannemer's side: the opgaven waiting for its approval, its verdict, and its merged
 * WMO305/WMO307 built from approved starts and stops, fetched as XML or submitted through the
 * gateway's own submit use case (all layers and rules, as POST /v1/berichten) on its behalf.
 */
@Injectable()
export class HoofdaannemerUseCase {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly audit: OnderaannemingAudit,
    private readonly moduleRef: ModuleRef,
  ) {}

  teBeoordelen(party: Party, status?: Opgave['status']): Promise<Opgave[]> {
    return new OnderaannemingRepository(this.db).opgaven({ hoofdaannemer: party.code, status: [status ?? 'ingediend'] });
  }

  review(party: Party, id: string, verdict: { goedkeuren: boolean; reden?: string }): Promise<Opgave> {
    return http(() =>
      this.audit.step(party, verdict.goedkeuren ? 'opgave.goedkeuren' : 'opgave.afwijzen', { opgaveId: id, reden: verdict.reden ?? null }, async () => {
        requireAanbieder(party);
        return new OpgavenService(this.db).review(party.code, id, verdict, party.code);
      }, (o) => ({ onderaannemer: o.onderaannemer, toewijzingNummer: o.toewijzingNummer, gemeente: o.gemeente })),
    );
  }

  /** Builds the merged messages; with indienen, submits each at once on the hoofdaannemer's behalf. */
  build(party: Party, opts: { gemeente?: string; indienen?: boolean }): Promise<SubmittedBericht[]> {
    return http(async () => {
      const built = await this.audit.step(party, 'berichten.build', { gemeente: opts.gemeente ?? null }, async () => {
        requireAanbieder(party);
        return new MergeService(this.db).build(party.code, { gemeente: opts.gemeente, createdBy: party.code });
      }, (b) => ({ berichten: b.map((x) => ({ id: x.id, soort: x.soort, identificatie: x.identificatie, opgaven: x.opgaven })) }));
      const out: SubmittedBericht[] = [];
      for (const b of built) out.push(opts.indienen ? await this.submitBuilt(party, b) : summary(b));
      return out;
    });
  }

  berichten(party: Party): Promise<MergedBericht[]> {
    return new OnderaannemingRepository(this.db).berichten(party.code);
  }

  async xml(party: Party, id: string): Promise<string> {
    const b = await new OnderaannemingRepository(this.db).bericht(party.code, id);
    if (!b) throw OnderaannemingError.one('not-found', 'id', 'NO_BERICHT', text('funding.onderaanneming.no-bericht', { id }));
    return b.xml;
  }

  submit(party: Party, id: string): Promise<SubmittedBericht> {
    return http(async () => {
      const b = await new OnderaannemingRepository(this.db).bericht(party.code, id);
      if (!b) throw OnderaannemingError.one('not-found', 'id', 'NO_BERICHT', text('funding.onderaanneming.no-bericht', { id }));
      if (b.status !== 'klaar') {
        throw OnderaannemingError.one('conflict', 'id', 'ALREADY_SUBMITTED', text('funding.onderaanneming.already-submitted', { id, status: b.status, messageId: String(b.messageId) }));
      }
      return this.submitBuilt(party, b);
    });
  }

  private async submitBuilt(party: Party, b: MergedBericht & { xml: string }): Promise<SubmittedBericht> {
    const submitter = this.moduleRef.get(SubmitBerichtUseCase, { strict: false });
    const result = await submitter.execute(party, Buffer.from(b.xml, 'utf8'));
    const status = result.status === 'accepted' ? 'geaccepteerd' : 'afgewezen';
    await this.db.transaction(async (tx) => {
      const repository = new OnderaannemingRepository(tx);
      await repository.berichtSubmitted(b.id, { status, messageId: result.id, retourcodes: result.retourcodes });
      if (status === 'afgewezen') {
        const why = result.errors.map((e) => `${e.code ?? ''} ${e.path ?? ''}: ${e.message}`.trim()).join('; ').slice(0, 900);
        // stored with the opgaven, in the default language
        await repository.rejectBerichtOpgaven(b.id, render(text('funding.onderaanneming.merged-rejected', { soort: b.soort, identificatie: b.identificatie, retourcodes: result.retourcodes.join(', '), why })));
      }
    });
    await this.audit.step(party, 'bericht.submit', { berichtId: b.id, soort: b.soort, identificatie: b.identificatie }, async () => undefined, () => ({ messageId: result.id, status }));
    return {
      id: b.id, soort: b.soort, identificatie: b.identificatie, status, messageId: result.id, retourcodes: result.retourcodes,
      ...(status === 'afgewezen' ? { errors: result.errors.map((e) => ({ code: e.code, path: e.path, message: e.message, ...(e.text && { text: e.text }) })) } : {}),
    };
  }
}

const summary = (b: BuiltBericht): SubmittedBericht => ({ id: b.id, soort: b.soort, identificatie: b.identificatie, status: b.status, messageId: b.messageId, retourcodes: b.retourcodes });
