import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD086: Als VerzoekAntwoord de waarde 2 (Aanvraag in onderzoek) heeft, dan leeg laten (RedenAfwijzingVerzoek; 0001). */
export const CD086: Rule = {
  ...standard('CD086'),
  appliesTo: ['WMO319'],
  check(message) {
    if (message.code !== 'WMO319') return [];
    const antwoord = message.bericht.Antwoord;
    if (antwoord.VerzoekAntwoord !== '2' || !filled(antwoord.RedenAfwijzingVerzoek)) return [];
    return [finding('CD086', '/Bericht/Antwoord', text('CD086.reden-in-onderzoek', { referentie: antwoord.ReferentieAanbieder, reden: antwoord.RedenAfwijzingVerzoek }))];
  },
};
