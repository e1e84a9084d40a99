import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { describeStart, judgeNewStops } from '../state/toewijzing-state';

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
    return judgeNewStops(message, state.toewijzingen, TR415, (stop, stopsOfStart) => {
      const definitief = stopsOfStart.find((s) => s.redenBeeindiging !== '20');
      if (!definitief) return undefined;
      return text('TR415.already-definitive', { start: describeStart(stop), redenBeeindiging: definitief.redenBeeindiging, einddatum: definitief.einddatum });
    });
  },
};
