import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import {
  describeStart,
  describeStop,
  partiesOf,
  sameStartKey,
  sameStopKey,
  startItemsOf,
  stopItemsOf,
  type StartKey,
  type StopKey,
} from '../state/toewijzing-state';
import { maskedBsn } from './support/masked-bsn';
import { standard } from '../catalogue/standard-rules';

/** TR063: Indien StatusAanlevering de waarde 3 (aanlevering verwijderen) bevat, dan moet voor de betreffende Client een eerdere aanlevering met dezelfde logische sleutel verstuurd zijn (9063). */
export const TR063: Rule = {
  ...standard('TR063'),
  appliesTo: ['WMO305', 'WMO307'],
  check(message, { state }) {
    const { gemeente, aanbieder } = partiesOf(message);
    const findings: Finding[] = [];
    if (message.code === 'WMO305') {
      const earlier = state.toewijzingen.startProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
      for (const { path, status, key } of startItemsOf(message)) {
        if (status === '3' && !earlier.some((s) => sameStartKey(s, key))) findings.push(missing(path, 'start', key));
      }
    } else if (message.code === 'WMO307') {
      const earlier = state.toewijzingen.stopProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
      for (const { path, status, key } of stopItemsOf(message)) {
        if (status === '3' && !earlier.some((s) => sameStopKey(s, key))) findings.push(missing(path, 'stop', key));
      }
    }
    return findings;
  },
};

function missing(path: string, soort: 'start' | 'stop', key: StartKey | StopKey): Finding {
  return {
    rule: 'TR063',
    retourcode: '9063',
    path,
    text: text('TR063.nothing-to-remove', { soort, bsn: maskedBsn(key.bsn), key: 'einddatum' in key ? describeStop(key) : describeStart(key) }),
  };
}
