import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { describeStart, judgeNewStops } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR413: Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer, Begindatum en met RedenBeeindiging waarde 20 is,
 * dan moet RedenBeeindiging <> aan waarde 20 zijn, indien StatusAanlevering waarde 1 of 2 heeft (9413).
 * StatusAanlevering 2 is forbidden (CS058, OP033x2), so the rule applies to StatusAanlevering 1.
 */
export const TR413: Rule = {
  ...standard('TR413'),
  appliesTo: ['WMO307'],
  check(message, { state }) {
    return judgeNewStops(message, state.toewijzingen, TR413, (stop, stopsOfStart) => {
      const tijdelijk = stop.redenBeeindiging === '20' ? stopsOfStart.find((s) => s.redenBeeindiging === '20') : undefined;
      if (!tijdelijk) return undefined;
      return text('TR413.already-temporary', { start: describeStart(stop), einddatum: tijdelijk.einddatum });
    });
  },
};
