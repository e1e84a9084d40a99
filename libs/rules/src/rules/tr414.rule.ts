import type { Rule } from '../rule';
import { describeStart, judgeNewStops } from '../state/toewijzing-state';

/** TR414: Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct (9414). */
export const TR414: Rule = {
  code: 'TR414',
  retourcode: '9414',
  level: 'berichtoverstijgend',
  definition:
    'Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct.',
  appliesTo: ['WMO307'],
  check(message, { state }) {
    return judgeNewStops(message, state.toewijzingen, TR414, (stop, stopsOfStart) => {
      // The actuele StopProduct is the last one that stands for the start (stops arrive in order).
      const actueel = stopsOfStart.at(-1);
      if (!actueel || stop.einddatum >= actueel.einddatum) return undefined;
      return `Einddatum ${stop.einddatum} lies before Einddatum ${actueel.einddatum} of the earlier stop (RedenBeeindiging ${actueel.redenBeeindiging}) of the start (${describeStart(stop)}). Use an Einddatum on or after ${actueel.einddatum}, or remove the earlier stop first (StatusAanlevering 3).`;
    });
  },
};
