import { text, type Text } from '@lib/i18n';
import type { PrestatieState } from '../state/declaratie-state';
import { code, joined, named, partiesOf, prestatieRule, type PrestatieAt } from './declaratie.support';
import { periodLabel } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR323: Een credit Prestatie moet gerelateerd zijn aan een eerder verzonden (goedgekeurde) debet Prestatie op basis
 * van sleutelvelden (8017): VorigReferentieNummer is the debet's ReferentieNummer, the debet is toegekend, and the credit
 * repeats its gemeente, Bsn, ToewijzingNummer, ProductCategorie, ProductCode and ProductPeriode.
 */
export const TR323 = prestatieRule(
  {
    ...standard('TR323'),
  },
  (p, message, { state }) => {
    // without VorigReferentieNummer CD060 rejects the credit
    if (p.debet || p.vorigReferentieNummer === null) return undefined;
    const { gemeente, aanbieder } = partiesOf(message);
    const vorig = p.vorigReferentieNummer;
    const debet = state.declaraties.prestaties(aanbieder, vorig).find((e) => e.debetCredit === 'D');
    const credit = named(p, 'credit');
    if (!debet) return text('TR323.no-debet', { credit, vorig, aanbieder });
    if (debet.status === 'afgewezen') {
      return text('TR323.debet-rejected', { credit, vorig, retourcodes: debet.retourcodes.join(', ') || text('TR323.no-retourcodes') });
    }
    if (debet.status === 'ingediend') return text('TR323.debet-pending', { credit, vorig, declaratieNummer: debet.declaratieNummer });
    const differences = keyDifferences(p, gemeente, debet);
    if (differences.length === 0) return undefined;
    return text('TR323.keys-differ', { credit, vorig, declaratieNummer: debet.declaratieNummer, differences: joined(differences, '; ') });
  },
);

function keyDifferences(p: PrestatieAt, gemeente: string, debet: PrestatieState): Text[] {
  const credit = p.prestatie;
  const pairs: Array<[string, string, string]> = [
    ['gemeente', gemeente, debet.gemeente],
    ['Bsn', p.bsn, debet.bsn],
    ['ToewijzingNummer', p.toewijzingNummer, debet.toewijzingNummer],
    ['ProductCategorie', code(credit.ProductCategorie), debet.productCategorie],
    ['ProductCode', code(credit.ProductCode), debet.productCode],
  ];
  const differences = pairs.filter(([, mine, theirs]) => mine !== theirs).map(([name, mine, theirs]) => text('TR323.difference', { name, mine, theirs }));
  const [mine, theirs] = [p.periode, debet.productPeriode];
  if (mine.begindatum !== theirs.begindatum || mine.einddatum !== theirs.einddatum) {
    const period = (q: typeof mine) => periodLabel({ begin: q.begindatum, end: q.einddatum });
    differences.push(text('TR323.difference', { name: 'ProductPeriode', mine: period(mine), theirs: period(theirs) }));
  }
  return differences;
}
