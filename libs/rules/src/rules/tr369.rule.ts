import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { byToewijzing, int, named, partiesOf, prestatiesOf, toegewezenProductOf, toewijzingPeriode } from './declaratie.support';
import { euro } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR369: Indien in het ToegewezenProduct een Budget is meegegeven, moet de som van GeleverdVolume in alle ingediende
 * Prestaties die betrekking hebben op dat ToegewezenProduct passen binnen het toegewezen Budget (9369). Budget is an
 * amount (eurocents), so the sum is of IngediendBedrag, which equals GeleverdVolume for Eenheid 83 (euro's): earlier
 * debet minus credit not afgewezen, then this message's credits, then its debets in order.
 */
export const TR369: Rule = {
  ...standard('TR369'),
  appliesTo: ['WMO323'],
  check(message, context) {
    if (message.code !== 'WMO323') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const findings: Finding[] = [];
    for (const prestaties of byToewijzing(prestatiesOf(message)).values()) {
      const first = prestaties[0]!;
      const toewijzing = toegewezenProductOf(first, message, context);
      if (!toewijzing || toewijzing.budget === null) continue;
      const budget = int(toewijzing.budget);
      const bedrag = (p: (typeof prestaties)[number]) => int(p.prestatie.IngediendBedrag.Bedrag);
      let total = context.state.declaraties.declared(gemeente, aanbieder, first.toewijzingNummer).bedrag;
      for (const p of prestaties) if (!p.debet) total -= bedrag(p);
      for (const p of prestaties) {
        if (!p.debet) continue;
        const before = total;
        total += bedrag(p);
        if (total <= budget) continue;
        findings.push({
          rule: 'TR369',
          retourcode: '9369',
          path: p.path,
          text: text('TR369.above-budget', {
            prestatie: named(p),
            toewijzing: p.toewijzingNummer,
            total: euro(BigInt(total)),
            budget: euro(BigInt(budget)),
            periode: toewijzingPeriode(toewijzing),
            rest: euro(BigInt(Math.max(0, budget - before))),
          }),
        });
        total = before;
      }
    }
    return findings;
  },
};
