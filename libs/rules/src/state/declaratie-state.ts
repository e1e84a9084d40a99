/**
 * State of declaraties and their prestaties (debet and credit) with the outcome
 * from the 325, kept per gemeente and aanbieder from accepted 323 and 325 messages.
 *
 * A declaratie that was rejected as a whole (by a 325 on the Header or on the
 * DeclaratieAntwoord) counts as never sent (IV087): no lookup below returns it or
 * its prestaties. A prestatie rejected on its own stays, with status 'afgewezen'.
 *
 * A view is loaded for one message and answers for that message's keys only
 * (its ReferentieNummers, VorigReferentieNummers, ToewijzingNummers, debet keys,
 * DeclaratieNummer, and for a 325 the DeclaratieIdentificatie it answers).
 */

export interface Periode {
  /** YYYY-MM-DD */
  begindatum: string;
  /** YYYY-MM-DD */
  einddatum: string;
}

/** ingediend: sent, no 325 yet; toegekend: not listed in the 325; afgewezen: listed in the 325 (or rejected by the gateway) */
export type PrestatieStatus = 'ingediend' | 'toegekend' | 'afgewezen';

/** One prestatie of an earlier accepted 323. Amounts in eurocents, volumes as integers. */
export interface PrestatieState {
  gemeente: string;
  aanbieder: string;
  declaratieNummer: string;
  bsn: string;
  referentieNummer: string;
  vorigReferentieNummer: string | null;
  /** canonical (canonicalToewijzingNummer) */
  toewijzingNummer: string;
  productCategorie: string;
  productCode: string;
  productPeriode: Periode;
  geleverdVolume: number;
  eenheid: string;
  productTarief: number | null;
  bedrag: number;
  debetCredit: 'D' | 'C';
  status: PrestatieStatus;
  /** the retourcodes the prestatie was rejected with; empty unless afgewezen */
  retourcodes: readonly string[];
}

/** An earlier accepted 323 that was not rejected as a whole. */
export interface DeclaratieState {
  gemeente: string;
  aanbieder: string;
  declaratieNummer: string;
  declaratiePeriode: Periode;
  /** BerichtIdentificatie of the 323 */
  identificatie: string;
  dagtekening: string;
  /** beantwoord: a 325 came (some prestaties may be afgewezen) */
  status: 'ingediend' | 'beantwoord';
  /** TR371: the 323's XsdVersie; null when the state does not know it (recorded before it was kept) */
  xsdVersie?: { basisschema: string; bericht: string } | null;
}

/** What was declared on one toegewezen product so far: debet minus credit over the prestaties not afgewezen. */
export interface DeclaredTotals {
  /** net GeleverdVolume per Eenheid (minuten and uren are kept apart) */
  volumePerEenheid: Readonly<Record<string, number>>;
  /** net IngediendBedrag in eurocents */
  bedrag: number;
}

/** The key TR389 compares debet prestaties on. */
export interface DebetKey {
  toewijzingNummer: string;
  productCategorie: string;
  productCode: string;
  productPeriode: Periode;
}

/** The 323 a 325 answers (matched on DeclaratieIdentificatie), with its prestaties by ReferentieNummer. */
export interface AnsweredDeclaratie {
  declaratie: DeclaratieState;
  /** the prestatie of this 323 with the ReferentieNummer, if the 323 has it */
  prestatie(referentieNummer: string): PrestatieState | undefined;
  /** the prestaties of this 323 that are afgewezen (by the gateway on arrival, or by an earlier 325) */
  afgewezen: readonly PrestatieState[];
}

export interface DeclaratieStateView {
  /** TR314, TR323: earlier prestaties of the aanbieder (any gemeente) with this ReferentieNummer */
  prestaties(aanbieder: string, referentieNummer: string): readonly PrestatieState[];
  /** TR390: earlier credit prestaties of the aanbieder whose VorigReferentieNummer is this ReferentieNummer */
  credits(aanbieder: string, referentieNummer: string): readonly PrestatieState[];
  /**
   * TR389: earlier debet prestaties, not afgewezen and not credited by a credit that is not
   * afgewezen, on the same ToewijzingNummer, ProductCategorie and ProductCode with a
   * ProductPeriode that overlaps the key's (ProductPeriodes lie within one month, so
   * overlapping means the same month).
   */
  openDebets(gemeente: string, aanbieder: string, key: DebetKey): readonly PrestatieState[];
  /** TR322, TR369: what was declared earlier on the toegewezen product */
  declared(gemeente: string, aanbieder: string, toewijzingNummer: string): DeclaredTotals;
  /** TR333: an earlier declaratie of the aanbieder (any gemeente) with this DeclaratieNummer */
  declaratie(aanbieder: string, declaratieNummer: string): DeclaratieState | undefined;
  /** TR318: the latest DeclaratiePeriode of the aanbieder's declaraties to the gemeente */
  latestDeclaratiePeriode(gemeente: string, aanbieder: string): Periode | undefined;
  /** TR304, TR366, TR367 on a 325: the 323 with this BerichtIdentificatie from the aanbieder to the gemeente */
  answered(gemeente: string, aanbieder: string, identificatie: string, dagtekening: string): AnsweredDeclaratie | undefined;
}

const NO_TOTALS: DeclaredTotals = Object.freeze({ volumePerEenheid: Object.freeze({}), bedrag: 0 });

/** A view without any earlier declaratie, for callers that run rules which do not read it (the header rules). */
export const NO_DECLARATIE_STATE: DeclaratieStateView = Object.freeze({
  prestaties: () => [],
  credits: () => [],
  openDebets: () => [],
  declared: () => NO_TOTALS,
  declaratie: () => undefined,
  latestDeclaratiePeriode: () => undefined,
  answered: () => undefined,
});

/**
 * ToewijzingNummer (LDT_Nummer, an xs:integer) in canonical form, as prestaties keep it and
 * the toewijzing state looks it up: '0260101' and '+260101' are '260101'.
 */
export const canonicalToewijzingNummer = (nummer: string): string => nummer.trim().replace(/^\+/, '').replace(/^0+(?=\d)/, '');

// ------------------------------------------------------------------ prestatie paths

/** The path of a prestatie in a 323 (positions 1-based): where prestatie-level findings go. */
export const prestatiePath = (client: number, prestatie: number): string =>
  `/Bericht/Declaratie/Clienten/Client[${client}]/Prestaties/Prestatie[${prestatie}]`;

const PRESTATIE_PATH = /^\/Bericht\/Declaratie\/Clienten\/Client\[(\d+)\]\/Prestaties\/Prestatie\[(\d+)\]$/;

/** The positions of a prestatie path (as prestatiePath makes it), or undefined for any other path. */
export function prestatieAt(path: string): { client: number; prestatie: number } | undefined {
  const match = PRESTATIE_PATH.exec(path);
  return match ? { client: Number(match[1]), prestatie: Number(match[2]) } : undefined;
}

// ------------------------------------------------------------------ recording outcomes

/** Retourcodes that say nothing is wrong with a class: 0200 (geen opmerking) and 8001 (volledig toegewezen). */
export const NO_REMARK: readonly string[] = ['0200', '8001'];

/**
 * The prestaties a set of findings on a 323 rejects, by path, with their retourcodes. A
 * prestatie-level finding rejects only its prestatie (the rest of the declaratie stands).
 */
export function rejectedPrestaties(findings: ReadonlyArray<{ path: string; retourcode: string }>): Map<string, string[]> {
  const rejected = new Map<string, string[]>();
  for (const f of findings) {
    if (!prestatieAt(f.path)) continue;
    const codes = rejected.get(f.path) ?? [];
    if (!codes.includes(f.retourcode)) codes.push(f.retourcode);
    rejected.set(f.path, codes);
  }
  return rejected;
}

/** What a 325 says about the 323 it answers (IV087). */
export type AntwoordOutcome =
  /** the prestaties were judged one by one: those listed are afgewezen, the rest toegekend */
  | { kind: 'per-prestatie' }
  /** the Header or the DeclaratieAntwoord was rejected: the declaratie counts as never sent */
  | { kind: 'whole'; retourcodes: string[] }
  /** 9056 on the Header: the 325 answers a second copy that reused the Identificatie, not the declaratie on file */
  | { kind: 'duplicate' };

type AntwoordCodes = { bericht: { Header: { RetourCodes: { RetourCode: readonly string[] } }; DeclaratieAntwoord?: { RetourCodes: { RetourCode: readonly string[] } } } };

export function antwoordOutcome(antwoord: AntwoordCodes): AntwoordOutcome {
  const rejecting = (codes: readonly string[]) => codes.map((c) => c.trim()).filter((c) => !NO_REMARK.includes(c));
  const header = rejecting(antwoord.bericht.Header.RetourCodes.RetourCode);
  if (header.includes('9056')) return { kind: 'duplicate' };
  if (header.length > 0) return { kind: 'whole', retourcodes: header };
  // IV087: without DeclaratieAntwoord the Header was rejected; 0001 if it names no code
  if (!antwoord.bericht.DeclaratieAntwoord) return { kind: 'whole', retourcodes: ['0001'] };
  const declaratie = rejecting(antwoord.bericht.DeclaratieAntwoord.RetourCodes.RetourCode);
  return declaratie.length > 0 ? { kind: 'whole', retourcodes: declaratie } : { kind: 'per-prestatie' };
}
