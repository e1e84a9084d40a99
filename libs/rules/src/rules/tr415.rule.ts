import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { describeStart, judgeNewStops } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR415: Er mag geen StopProduct zijn met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20,
 * indien StatusAanlevering waarde 1 of 2 heeft (9415). StatusAanlevering 2 is forbidden (CS058, OP033x2): checked for 1.
 */
export const TR415: Rule = {
  ...standard('TR415'),
  appliesTo: ['WMO307'],
  check(message, { state }) {
    return judgeNewStops(message, state.toewijzingen, TR415, (stop, stopsOfStart) => {
      const definitief = stopsOfStart.find((s) => s.redenBeeindiging !== '20');
      if (!definitief) return undefined;
      return text('TR415.already-definitive', { start: describeStart(stop), redenBeeindiging: definitief.redenBeeindiging, einddatum: definitief.einddatum });
    });
  },
};
