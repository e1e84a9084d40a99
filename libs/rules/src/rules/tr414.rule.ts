import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { describeStart, judgeNewStops } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR414: Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct (9414). */
export const TR414: Rule = {
  ...standard('TR414'),
  appliesTo: ['WMO307'],
  check(message, { state }) {
    return judgeNewStops(message, state.toewijzingen, TR414, (stop, stopsOfStart) => {
      // The actuele StopProduct is the last one that stands for the start (stops arrive in order).
      const actueel = stopsOfStart.at(-1);
      if (!actueel || stop.einddatum >= actueel.einddatum) return undefined;
      return text('TR414.before-earlier-stop', { einddatum: stop.einddatum, earlier: actueel.einddatum, redenBeeindiging: actueel.redenBeeindiging, start: describeStart(stop) });
    });
  },
};
