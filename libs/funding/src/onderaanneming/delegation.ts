import { OnderaannemingRepository, type Queryable } from '@lib/persistence';
import type { DelegatedToewijzing, DelegationPort } from '../builder/delegation.port';
import { monthOf } from './opgaven';

/**
 * The declaratie builder's view of onderaanneming: which toegewezen products of the
 * hoofdaannemer are delegated in a month, and whether the onderaannemer's prestatie for that
 * month may be declared (reported, and approved where the hoofdaannemer switched approval on;
 * one already declared counts too). A product the delegation does not cover that month is not
 * listed, so the builder declares it as the hoofdaannemer's own.
 */
export class OnderaannemingDelegation implements DelegationPort {
  async forPeriod(db: Queryable, q: { gemeente: string; hoofdaannemer: string; periode: string }): Promise<ReadonlyMap<string, DelegatedToewijzing>> {
    const { begin, eind } = monthOf(q.periode);
    const rows = await new OnderaannemingRepository(db).delegatedForMonth({ gemeente: q.gemeente, hoofdaannemer: q.hoofdaannemer, begin, eind });
    return new Map(
      rows.map((r) => [
        r.toewijzingNummer,
        {
          onderaannemer: r.onderaannemer,
          gereed: r.prestatieId === null ? null : { prestatieId: r.prestatieId, begindatum: r.begindatum!, einddatum: r.einddatum! },
        },
      ]),
    );
  }

  async declared(tx: Queryable, lines: ReadonlyArray<{ prestatieId: string; buildId: string; referentieNummer: string }>): Promise<void> {
    await new OnderaannemingRepository(tx).markGedeclareerd(lines);
  }
}
