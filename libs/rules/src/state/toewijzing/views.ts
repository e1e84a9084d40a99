/** The shapes of the toewijzing state: what a view holds for one message and the lookups rules may make (toewijzing-state.ts tells the whole). */

/** The current version of a ToegewezenProduct (a later 301 with the same ToewijzingNummer replaces it). */
export interface ToegewezenProductState {
  gemeente: string;
  aanbieder: string;
  bsn: string;
  toewijzingNummer: string;
  productCategorie: string | null;
  productCode: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  /** RedenWijziging of the current version; '13' means verwijderd (withdrawn) */
  redenWijziging: string | null;
  omvang: { volume: string; eenheid: string; frequentie: string } | null;
  budget: string | null;
  toewijzingsdatum: string;
  toewijzingstijd: string;
  referentieAanbieder: string | null;
  /** the accepted 301 that sent this version */
  messageId?: string;
}

/** The key elements of a StartProduct (with Bsn): what a stop and a removal must repeat unchanged. */
export interface StartKey {
  bsn: string;
  /** canonical form (see canonicalNummer); null in the taakgericht variant */
  toewijzingNummer: string | null;
  productCategorie: string | null;
  productCode: string | null;
  begindatum: string;
}

/** A StartProduct of an accepted 305 with StatusAanlevering 1, not removed by a later StatusAanlevering 3. */
export interface StartProductState extends StartKey {
  gemeente: string;
  aanbieder: string;
  toewijzingIngangsdatum: string | null;
  messageId: string;
}

/** The key elements of a StopProduct: those of its start plus RedenBeeindiging and Einddatum. */
export interface StopKey extends StartKey {
  redenBeeindiging: string;
  einddatum: string;
}

/** A StopProduct of an accepted 307 with StatusAanlevering 1, not removed by a later StatusAanlevering 3. */
export interface StopProductState extends StopKey {
  gemeente: string;
  aanbieder: string;
  toewijzingIngangsdatum: string | null;
  messageId: string;
}

/**
 * A verzoek: one AangevraagdProduct of a 315 (each has its own ReferentieAanbieder) or
 * the Verzoek of a 317. It is onderhanden (TR374) until a 301 honours it (a ToegewezenProduct
 * with its ReferentieAanbieder) or a 319 rejects it (VerzoekAntwoord 1).
 */
export interface VerzoekState {
  soort: 'WMO315' | 'WMO317';
  gemeente: string;
  aanbieder: string;
  bsn: string;
  referentieAanbieder: string;
  dagtekening: string;
  /** null while onderhanden */
  afgehandeldDoor: 'WMO301' | 'WMO319' | null;
  messageId: string;
}

/** An antwoordbericht (319) on a verzoek. */
export interface AntwoordState {
  gemeente: string;
  aanbieder: string;
  referentieAanbieder: string;
  /** '1' verzoek afgewezen, '2' aanvraag in onderzoek */
  verzoekAntwoord: string;
  redenAfwijzingVerzoek: string | null;
  dagtekening: string;
  messageId: string;
}

export interface ToewijzingStateView {
  /** the current version of a toegewezen product, by gemeente, aanbieder and ToewijzingNummer */
  toegewezenProduct(gemeente: string, aanbieder: string, toewijzingNummer: string): ToegewezenProductState | undefined;
  /** TR332: the current versions with this ToewijzingNummer in the gemeente, for any aanbieder or client */
  toegewezenProductenMetNummer(gemeente: string, toewijzingNummer: string): ToegewezenProductState[];
  /** TR349: the current versions of all toegewezen products of a client with one aanbieder */
  toegewezenProductenVanClient(gemeente: string, aanbieder: string, bsn: string): ToegewezenProductState[];
  /** TR359: a version of any ToegewezenProduct that carried this ReferentieAanbieder (the first one sent) */
  toegewezenMetReferentie(gemeente: string, aanbieder: string, referentieAanbieder: string): ToegewezenProductState | undefined;
  /** TR063, TR071, TR074, TR326, TR382: the client's starts that stand (not removed), in order of arrival */
  startProducten(gemeente: string, aanbieder: string, bsn: string): StartProductState[];
  /** TR063, TR071, TR074, TR413-TR415: the client's stops that stand (not removed), in order of arrival */
  stopProducten(gemeente: string, aanbieder: string, bsn: string): StopProductState[];
  /** TR347, TR355, TR379: the verzoek with this ReferentieAanbieder of the aanbieder, to any gemeente */
  verzoek(aanbieder: string, referentieAanbieder: string): VerzoekState | undefined;
  /** TR374: the client's verzoeken to the gemeente, onderhanden or not */
  verzoekenVanClient(gemeente: string, aanbieder: string, bsn: string): VerzoekState[];
  /** TR360, TR365: earlier antwoordberichten on this ReferentieAanbieder, in order of arrival */
  antwoorden(gemeente: string, aanbieder: string, referentieAanbieder: string): AntwoordState[];
}
