import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR365: Als er al een antwoordbericht is met dezelfde ReferentieAanbieder dan moet VerzoekAntwoord daar de waarde 2 (Aanvraag in onderzoek) hebben (9365). */
export const TR365: Rule = {
  ...standard('TR365'),
  appliesTo: ['WMO319'],
  check(message, { state }) {
    if (message.code !== 'WMO319') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { ReferentieAanbieder } = message.bericht.Antwoord;
    const afgewezen = state.toewijzingen.antwoorden(gemeente, aanbieder, ReferentieAanbieder).find((a) => a.verzoekAntwoord !== '2');
    if (!afgewezen) return [];
    return [
      {
        rule: 'TR365',
        retourcode: '9365',
        path: '/Bericht/Antwoord',
        text: text('TR365.already-rejected', {
          referentie: ReferentieAanbieder,
          dagtekening: afgewezen.dagtekening,
          verzoekAntwoord: afgewezen.verzoekAntwoord,
          reden: afgewezen.redenAfwijzingVerzoek ?? text('across.none'),
        }),
      },
    ];
  },
};
