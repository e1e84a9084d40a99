import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { code, DECLARATIE, monthName, partiesOf } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR333: DeclaratieNummer van de Declaratie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de Declaratie betrekking heeft (9333). */
export const TR333: Rule = {
  ...standard('TR333'),
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
        text: text('TR333.nummer-used', {
          nummer,
          aanbieder,
          month: monthName(earlier.declaratiePeriode.begindatum),
          gemeente: earlier.gemeente,
          identificatie: earlier.identificatie,
          dagtekening: earlier.dagtekening,
        }),
      },
    ];
  },
};
