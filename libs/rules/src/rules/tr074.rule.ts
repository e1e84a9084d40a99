import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import {
  describeStart,
  describeStop,
  partiesOf,
  sameStartKey,
  sameStopKey,
  standingBefore,
  startItemsOf,
  stopItemsOf,
  type MeldingItem,
  type StartKey,
} from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR074: Indien StatusAanlevering de waarde '1' bevat, dan moet de sleutel van de betreffende aanlevering niet alleen uniek zijn binnen het bericht zelf, maar ook in combinatie met alle reeds ontvangen berichten (9074). */
export const TR074: Rule = {
  ...standard('TR074'),
  appliesTo: ['WMO305', 'WMO307'],
  check(message, { state }) {
    const { gemeente, aanbieder } = partiesOf(message);
    if (message.code === 'WMO305') {
      const earlier = state.toewijzingen.startProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
      return duplicates(startItemsOf(message), earlier, sameStartKey, 'start', describeStart);
    }
    if (message.code === 'WMO307') {
      const earlier = state.toewijzingen.stopProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
      return duplicates(stopItemsOf(message), earlier, sameStopKey, 'stop', describeStop);
    }
    return [];
  },
};

function duplicates<K extends StartKey>(
  items: Array<MeldingItem<K>>,
  earlier: K[],
  same: (a: K, b: K) => boolean,
  soort: string,
  describe: (key: K) => Text,
): Finding[] {
  const findings: Finding[] = [];
  items.forEach(({ path, status, key }, index) => {
    if (status !== '1') return;
    const before = standingBefore(earlier, items, index, same);
    if (!before.some((k) => same(k, key))) return;
    const where = text(earlier.some((k) => same(k, key)) ? 'TR074.in-earlier-message' : 'TR074.in-this-message');
    findings.push({ rule: 'TR074', retourcode: '9074', path, text: text('TR074.duplicate', { soort, key: describe(key), where }) });
  });
  return findings;
}
