import type { Finding, Rule } from '../rule';
import { describeStart, partiesOf, sameStart, sameStopKey, standingBefore, stopItemsOf } from '../state/toewijzing-state';

/**
 * TR415: Er mag geen StopProduct zijn met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20,
 * indien StatusAanlevering waarde 1 of 2 heeft (9415). StatusAanlevering 2 is forbidden (CS058, OP033x2): checked for 1.
 */
export const TR415: Rule = {
  code: 'TR415',
  retourcode: '9415',
  level: 'berichtoverstijgend',
  definition:
    'Er mag geen StopProduct zijn met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20, indien StatusAanlevering waarde 1 of 2 heeft',
  appliesTo: ['WMO307'],
  check(message, { state }) {
    if (message.code !== 'WMO307') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const earlier = state.toewijzingen.stopProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
    const items = stopItemsOf(message);
    const findings: Finding[] = [];
    items.forEach(({ path, status, key }, index) => {
      if (status !== '1') return;
      const definitief = standingBefore(earlier, items, index, sameStopKey).find((s) => sameStart(s, key) && s.redenBeeindiging !== '20');
      if (!definitief) return;
      findings.push({
        rule: 'TR415',
        retourcode: '9415',
        path,
        message: `The start (${describeStart(key)}) was already stopped definitively (RedenBeeindiging ${definitief.redenBeeindiging}, Einddatum ${definitief.einddatum}); no further stop is possible. To correct that stop, remove it (StatusAanlevering 3) and send the corrected one.`,
      });
    });
    return findings;
  },
};
