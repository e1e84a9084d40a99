import { RETOURCODES } from '@lib/iwmo';

/**
 * What an aanbieder does about a rejected prestatie, per retourcode of a declaratie-antwoord
 * (WMO325). The meaning of each code is in libs/iwmo/src/codelists/retourcodes.ts; this adds the
 * remedy. Codes not listed fall back to "correct what the rule names and declare again".
 */
const FIXES: Readonly<Record<string, string>> = {
  '0001': 'The prestatie failed a technical check (XSD or a condition); correct the element named in the gateway\'s answer and declare it again in the next declaratie.',
  '0611': 'Declare with the contracted tarief of the product for that period (TR418); check the contract register for the tarief in force on the Begindatum.',
  '8017': 'A credit needs the debet it reverses: set VorigReferentieNummer to the ReferentieNummer of an accepted debet prestatie, or leave the credit out.',
  '8021': 'Give the prestatie a new ReferentieNummer; a ReferentieNummer is used once per aanbieder (TR314).',
  '8187': 'The Bsn does not belong to the toewijzing; declare under the Bsn of the toewijzing\'s client.',
  '9307': 'Let the ProductPeriode begin on or after the Ingangsdatum of the toewijzing.',
  '9308': 'Let the ProductPeriode end on or before the Einddatum of the toewijzing.',
  '9319': 'Keep the ProductPeriode within one calendar month, the current or an earlier declaratieperiode (TR319).',
  '9321': 'Declare no more than the toegewezen volume for the period.',
  '9322': 'The sum declared on the toewijzing exceeds the toegewezen volume; declare only what remains, or ask the gemeente for a wijziging.',
  '9338': 'Use the ToewijzingNummer of a toewijzing you received (WMO301) for this client.',
  '9339': 'Use the ProductCategorie of the toegewezen product.',
  '9340': 'Use the ProductCode of the toegewezen product.',
  '9341': 'Use an Eenheid that fits the Eenheid of the toegewezen product (output: 82 or 83 with Frequentie 4 per maand).',
  '9346': 'Make IngediendBedrag equal to GeleverdVolume x ProductTarief (unless the Eenheid is euro\'s, 83).',
  '9366': 'The gemeente answered a ProductReferentie that was not in your declaratie; contact the gemeente, nothing to correct on your side.',
  '9367': 'The gemeente\'s answer did not repeat your prestatie unchanged; contact the gemeente, nothing to correct on your side.',
  '9369': 'The declared total exceeds the toegewezen Budget; declare only what remains within it.',
  '9384': 'The toewijzing was withdrawn (RedenWijziging 13); do not declare on it. Credit what was declared on it before.',
  '9387': 'Begin the ProductPeriode on the first day of the month, or on the Ingangsdatum of the toewijzing when that is later in the month.',
  '9388': 'End the ProductPeriode on the last day of the month, or on the Einddatum of the toewijzing when that is earlier in the month.',
  '9389': 'Credit the existing debet of this product and period first (VorigReferentieNummer), then declare the new debet.',
  '9390': 'This prestatie was already credited; do not credit it twice.',
  'S329': 'Use a ProductCode from the gemeente\'s productcodelijst that is contracted for you.',
};

/** The remedy for a retourcode, or a general one naming the rule when none is written out. */
export function fixFor(code: string): string {
  const fix = FIXES[code];
  if (fix) return fix;
  const info = RETOURCODES[code];
  return info?.rule
    ? `Correct what ${info.rule} names ("${info.betekenis}") and declare the prestatie again in the next declaratie.`
    : 'Correct the prestatie as the gemeente\'s answer says and declare it again in the next declaratie.';
}
