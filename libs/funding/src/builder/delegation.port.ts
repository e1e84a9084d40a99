import type { Queryable } from '@lib/persistence';

/** One toegewezen product of the hoofdaannemer that it delegated to an onderaannemer, for one month. */
export interface DelegatedToewijzing {
  /** AGB-code of the onderaannemer that delivers it */
  readonly onderaannemer: string;
  /**
   * The onderaannemer's reported prestatie for the month that may be declared (reported, and approved by the
   * hoofdaannemer where it switched approval on), with the part of the month it covers; null: not (yet)
   * reported or approved, so the builder leaves the product out of this declaratie and lists it as waiting.
   */
  readonly gereed: { readonly prestatieId: string; readonly begindatum: string; readonly einddatum: string } | null;
}

/** What the builder asks about onderaanneming; the default (NO_DELEGATION) knows none. */
export interface DelegationPort {
  /** The hoofdaannemer's delegated toewijzingen in the gemeente for the month, by canonical ToewijzingNummer. */
  forPeriod(db: Queryable, q: { gemeente: string; hoofdaannemer: string; periode: string /* YYYY-MM */ }): Promise<ReadonlyMap<string, DelegatedToewijzing>>;
  /** Called in the transaction that stores a (non dry-run) build: these reported prestaties are now declared. */
  declared(tx: Queryable, lines: ReadonlyArray<{ prestatieId: string; buildId: string; referentieNummer: string }>): Promise<void>;
}

export const NO_DELEGATION: DelegationPort = {
  forPeriod: async () => new Map(),
  declared: async () => undefined,
};

/** Nest injection token for the DelegationPort (provided by the onderaanneming module when present). */
export const DELEGATION_PORT = Symbol('DELEGATION_PORT');
