import type { PrestatieState } from '../state/declaratie-state';
import { code, named, partiesOf, prestatieRule, type PrestatieAt } from './declaratie.support';

/**
 * TR323: Een credit Prestatie moet gerelateerd zijn aan een eerder verzonden (goedgekeurde) debet Prestatie op basis
 * van sleutelvelden (8017): VorigReferentieNummer is the debet's ReferentieNummer, the debet is toegekend, and the credit
 * repeats its gemeente, Bsn, ToewijzingNummer, ProductCategorie, ProductCode and ProductPeriode.
 */
export const TR323 = prestatieRule(
  {
    code: 'TR323',
    retourcode: '8017',
    level: 'berichtoverstijgend',
    definition: 'Een credit Prestatie moet gerelateerd zijn aan een eerder verzonden (goedgekeurde) debet Prestatie op basis van sleutelvelden.',
  },
  (p, message, { state }) => {
    // without VorigReferentieNummer CD060 rejects the credit
    if (p.debet || p.vorigReferentieNummer === null) return undefined;
    const { gemeente, aanbieder } = partiesOf(message);
    const vorig = p.vorigReferentieNummer;
    const debet = state.declaraties.prestaties(aanbieder, vorig).find((e) => e.debetCredit === 'D');
    const credit = named(p, 'Credit prestatie');
    if (!debet) {
      return `${credit} refers to VorigReferentieNummer ${vorig}, but aanbieder ${aanbieder} declared no debet prestatie with ReferentieNummer ${vorig}; put the ReferentieNummer of the debet prestatie being credited in VorigReferentieNummer.`;
    }
    if (debet.status === 'afgewezen') {
      return `${credit} credits debet prestatie ${vorig}, which the gemeente rejected (retourcodes ${debet.retourcodes.join(', ') || 'none given'}); a rejected prestatie was not paid and is not credited. Leave this credit out.`;
    }
    if (debet.status === 'ingediend') {
      return `${credit} credits debet prestatie ${vorig} of declaratie ${debet.declaratieNummer}, which the gemeente has not yet approved (no declaratie-antwoord yet); credit it after the declaratie-antwoord.`;
    }
    const differences = keyDifferences(p, gemeente, debet);
    if (differences.length === 0) return undefined;
    return `${credit} does not match debet prestatie ${vorig} of declaratie ${debet.declaratieNummer} in ${differences.join('; ')}; a credit repeats the key fields of the debet it cancels.`;
  },
);

function keyDifferences(p: PrestatieAt, gemeente: string, debet: PrestatieState): string[] {
  const credit = p.prestatie;
  const pairs: Array<[string, string, string]> = [
    ['gemeente', gemeente, debet.gemeente],
    ['Bsn', p.bsn, debet.bsn],
    ['ToewijzingNummer', p.toewijzingNummer, debet.toewijzingNummer],
    ['ProductCategorie', code(credit.ProductCategorie), debet.productCategorie],
    ['ProductCode', code(credit.ProductCode), debet.productCode],
    ['ProductPeriode', `${p.periode.begindatum} to ${p.periode.einddatum}`, `${debet.productPeriode.begindatum} to ${debet.productPeriode.einddatum}`],
  ];
  return pairs.filter(([, mine, theirs]) => mine !== theirs).map(([name, mine, theirs]) => `${name} (${mine}, the debet has ${theirs})`);
}
