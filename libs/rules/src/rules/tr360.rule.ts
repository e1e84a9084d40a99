import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR360: Een antwoordbericht met in VerzoekAntwoord de waarde 2 (Aanvraag in onderzoek), mag alleen gestuurd worden indien er nog geen antwoordbericht is met deze ReferentieAanbieder (9360). */
export const TR360: Rule = {
  ...standard('TR360'),
  appliesTo: ['WMO319'],
  check(message, { state }) {
    if (message.code !== 'WMO319') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { ReferentieAanbieder, VerzoekAntwoord } = message.bericht.Antwoord;
    if (VerzoekAntwoord !== '2') return [];
    const [earlier] = state.toewijzingen.antwoorden(gemeente, aanbieder, ReferentieAanbieder);
    if (!earlier) return [];
    return [
      {
        rule: 'TR360',
        retourcode: '9360',
        path: '/Bericht/Antwoord',
        text: text('TR360.already-answered', { referentie: ReferentieAanbieder, dagtekening: earlier.dagtekening, verzoekAntwoord: earlier.verzoekAntwoord }),
      },
    ];
  },
};
