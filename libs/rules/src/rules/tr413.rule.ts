import type { Finding, Rule } from '../rule';
import { describeStart, partiesOf, sameStart, sameStopKey, standingBefore, stopItemsOf } from '../state/toewijzing-state';

/**
 * TR413: Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer, Begindatum en met RedenBeeindiging waarde 20 is,
 * dan moet RedenBeeindiging <> aan waarde 20 zijn, indien StatusAanlevering waarde 1 of 2 heeft (9413).
 * StatusAanlevering 2 is forbidden (CS058, OP033x2), so the rule applies to StatusAanlevering 1.
 */
export const TR413: Rule = {
  code: 'TR413',
  retourcode: '9413',
  level: 'berichtoverstijgend',
  definition:
    'Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer, Begindatum en met RedenBeeindiging waarde 20 is, dan moet RedenBeeindiging <> aan waarde 20 zijn, indien StatusAanlevering waarde 1 of 2 heeft.',
  appliesTo: ['WMO307'],
  check(message, { state }) {
    if (message.code !== 'WMO307') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const earlier = state.toewijzingen.stopProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
    const items = stopItemsOf(message);
    const findings: Finding[] = [];
    items.forEach(({ path, status, key }, index) => {
      if (status !== '1' || key.redenBeeindiging !== '20') return;
      const tijdelijk = standingBefore(earlier, items, index, sameStopKey).find((s) => sameStart(s, key) && s.redenBeeindiging === '20');
      if (!tijdelijk) return;
      findings.push({
        rule: 'TR413',
        retourcode: '9413',
        path,
        message: `The start (${describeStart(key)}) was already stopped temporarily (RedenBeeindiging 20, Einddatum ${tijdelijk.einddatum}). A second temporary stop is not possible: report the definitive stop with another RedenBeeindiging, or after resuming send a new start with the new Begindatum.`,
      });
    });
    return findings;
  },
};
