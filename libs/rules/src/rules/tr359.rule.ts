import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR359: Als een antwoordbericht wordt verstuurd, mag er niet al eerder een toewijzingsbericht gestuurd zijn met dezelfde ReferentieAanbieder (9359). */
export const TR359: Rule = {
  ...standard('TR359'),
  appliesTo: ['WMO319'],
  check(message, { state }) {
    if (message.code !== 'WMO319') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { ReferentieAanbieder } = message.bericht.Antwoord;
    const toewijzing = state.toewijzingen.toegewezenMetReferentie(gemeente, aanbieder, ReferentieAanbieder);
    if (!toewijzing) return [];
    return [
      {
        rule: 'TR359',
        retourcode: '9359',
        path: '/Bericht/Antwoord',
        text: text('TR359.honoured', { referentie: ReferentieAanbieder, nummer: toewijzing.toewijzingNummer, toewijzingsdatum: toewijzing.toewijzingsdatum }),
      },
    ];
  },
};
