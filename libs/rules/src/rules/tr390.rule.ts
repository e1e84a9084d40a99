import { text } from '@lib/i18n';
import { named, partiesOf, prestatieRule } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/**
 * TR390: DebetCredit mag alleen waarde Credit hebben indien voor Prestatie met gelijk ProductReferentie niet een
 * Prestatie met Credit bestaat (9390): a debet is credited once; a credit the gemeente rejected does not count.
 */
export const TR390 = prestatieRule(
  {
    ...standard('TR390'),
  },
  (p, message, { state }) => {
    if (p.debet || p.vorigReferentieNummer === null) return undefined;
    const { aanbieder } = partiesOf(message);
    const earlier = state.declaraties.credits(aanbieder, p.vorigReferentieNummer).find((c) => c.status !== 'afgewezen');
    if (!earlier) return undefined;
    return text('TR390.credited-before', { credit: named(p, 'credit'), vorig: p.vorigReferentieNummer, earlier: earlier.referentieNummer, declaratieNummer: earlier.declaratieNummer });
  },
);
