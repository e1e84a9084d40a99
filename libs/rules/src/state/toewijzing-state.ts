/**
 * State of toewijzingen, starts, stops, verzoeken and antwoorden, kept per
 * gemeente and aanbieder from accepted 301, 305, 307, 315, 317 and 319 messages.
 * The lookups below are the contract other areas (declaraties) rely on; the
 * toewijzing area may add more.
 */

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
}

export interface ToewijzingStateView {
  /** the current version of a toegewezen product, by gemeente, aanbieder and ToewijzingNummer */
  toegewezenProduct(gemeente: string, aanbieder: string, toewijzingNummer: string): ToegewezenProductState | undefined;
}
