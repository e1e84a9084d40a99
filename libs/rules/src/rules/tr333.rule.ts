import type { Rule } from '../rule';
import { code, DECLARATIE, monthName, partiesOf } from './declaratie.support';

/** TR333: DeclaratieNummer van de Declaratie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de Declaratie betrekking heeft (9333). */
export const TR333: Rule = {
  code: 'TR333',
  retourcode: '9333',
  level: 'berichtoverstijgend',
  definition: 'DeclaratieNummer van de Declaratie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de Declaratie betrekking heeft.',
  appliesTo: ['WMO323'],
  check(message, { state }) {
    if (message.code !== 'WMO323') return [];
    const { aanbieder } = partiesOf(message);
    const nummer = code(message.bericht.Declaratie.DeclaratieNummer);
    const earlier = state.declaraties.declaratie(aanbieder, nummer);
    if (!earlier) return [];
    return [
      {
        rule: 'TR333',
        retourcode: '9333',
        path: DECLARATIE,
        message: `DeclaratieNummer ${nummer} was already used by aanbieder ${aanbieder} for the declaratie of ${monthName(earlier.declaratiePeriode.begindatum)} to gemeente ${earlier.gemeente} (message ${earlier.identificatie} of ${earlier.dagtekening}); give every declaratie a new DeclaratieNummer.`,
      },
    ];
  },
};
