import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD085: Als VerzoekAntwoord de waarde 1 (Verzoek afgewezen) heeft, dan vullen (RedenAfwijzingVerzoek; 0001). */
export const CD085: Rule = {
  ...standard('CD085'),
  appliesTo: ['WMO319'],
  check(message) {
    if (message.code !== 'WMO319') return [];
    const antwoord = message.bericht.Antwoord;
    if (antwoord.VerzoekAntwoord !== '1' || filled(antwoord.RedenAfwijzingVerzoek)) return [];
    return [finding('CD085', '/Bericht/Antwoord', text('CD085.reden-missing', { referentie: antwoord.ReferentieAanbieder }))];
  },
};
