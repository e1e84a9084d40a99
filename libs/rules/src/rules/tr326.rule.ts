import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { describeStart, partiesOf, sameStartKey, sameToegewezenProduct, standingBefore, startItemsOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR326: Een Startbericht mag pas verstuurd worden als er géén actueel Startbericht bij ToegewezenProduct is (9326). */
export const TR326: Rule = {
  ...standard('TR326'),
  appliesTo: ['WMO305'],
  check(message, { state }) {
    if (message.code !== 'WMO305') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { Bsn } = message.bericht.Client;
    const earlier = state.toewijzingen.startProducten(gemeente, aanbieder, Bsn);
    const stops = state.toewijzingen.stopProducten(gemeente, aanbieder, Bsn);
    const items = startItemsOf(message);
    const findings: Finding[] = [];
    items.forEach(({ path, status, key }, index) => {
      if (status !== '1') return;
      // Actueel: not removed (standingBefore) and not yet stopped (a stop with the start's key).
      const actueel = standingBefore(earlier, items, index, sameStartKey).find(
        (s) => sameToegewezenProduct(s, key) && !stops.some((stop) => sameStartKey(stop, s)),
      );
      if (!actueel) return;
      findings.push({ rule: 'TR326', retourcode: '9326', path, text: text('TR326.not-stopped', { start: describeStart(actueel) }) });
    });
    return findings;
  },
};
