import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { describeStart, partiesOf, sameStartKey, startItemsOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR071: StatusAanlevering mag niet de waarde '3' bevatten als er voor de betreffende melding start zorg al een stop zorg is verstuurd (9071). */
export const TR071: Rule = {
  ...standard('TR071'),
  appliesTo: ['WMO305'],
  check(message, { state }) {
    if (message.code !== 'WMO305') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const stops = state.toewijzingen.stopProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
    const findings: Finding[] = [];
    for (const { path, status, key } of startItemsOf(message)) {
      if (status !== '3') continue;
      const stop = stops.find((s) => sameStartKey(s, key));
      if (!stop) continue;
      findings.push({
        rule: 'TR071',
        retourcode: '9071',
        path,
        text: text('TR071.already-stopped', { start: describeStart(key), redenBeeindiging: stop.redenBeeindiging, einddatum: stop.einddatum }),
      });
    }
    return findings;
  },
};
