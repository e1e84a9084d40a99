import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { euro, finding, prestatiesOf, signedAmount } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR358: De waarde van TotaalBedrag in TotaalIngediendBedrag moet gelijk zijn aan de SOM van
 * de waarden van Bedrag in Ingediendbedrag in alle onderliggende Prestaties, rekening houdend
 * met indicatie debet/credit (323; retourcode 0001). Debet counts positive, credit negative.
 */
export const TR358: Rule = {
  ...standard('TR358'),
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    const totaal = signedAmount(message.bericht.Declaratie.TotaalIngediendBedrag);
    let sum = 0n;
    for (const { prestatie } of prestatiesOf(message)) {
      const amount = signedAmount(prestatie.IngediendBedrag);
      if (amount === null) return []; // not a whole number: RS001 reports it
      sum += amount;
    }
    if (totaal === null || totaal === sum) return [];
    const shown = (n: bigint) => text('TR358.amount', { value: (n < 0n ? -n : n).toString(), debetCredit: n < 0n ? 'C' : 'D', euro: euro(n) });
    return [
      finding(
        'TR358',
        '/Bericht/Declaratie',
        text('TR358.sum-mismatch', { totaal: shown(totaal), sum: shown(sum), value: (sum < 0n ? -sum : sum).toString(), debetCredit: sum < 0n ? 'C' : 'D' }),
      ),
    ];
  },
};
