import type { Finding, Rule } from '../rule';
import { describeStart, partiesOf, sameStart, sameStopKey, standingBefore, stopItemsOf } from '../state/toewijzing-state';

/** TR414: Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct (9414). */
export const TR414: Rule = {
  code: 'TR414',
  retourcode: '9414',
  level: 'berichtoverstijgend',
  definition:
    'Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct.',
  appliesTo: ['WMO307'],
  check(message, { state }) {
    if (message.code !== 'WMO307') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const earlier = state.toewijzingen.stopProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
    const items = stopItemsOf(message);
    const findings: Finding[] = [];
    items.forEach(({ path, status, key }, index) => {
      if (status !== '1') return;
      // The actuele StopProduct is the last one that stands for the start (stops arrive in order).
      const actueel = standingBefore(earlier, items, index, sameStopKey).filter((s) => sameStart(s, key)).at(-1);
      if (!actueel || key.einddatum >= actueel.einddatum) return;
      findings.push({
        rule: 'TR414',
        retourcode: '9414',
        path,
        message: `Einddatum ${key.einddatum} lies before Einddatum ${actueel.einddatum} of the earlier stop (RedenBeeindiging ${actueel.redenBeeindiging}) of the start (${describeStart(key)}). Use an Einddatum on or after ${actueel.einddatum}, or remove the earlier stop first (StatusAanlevering 3).`,
      });
    });
    return findings;
  },
};
