import { text } from '@lib/i18n';
import { HEADER, HEEN_AND_325, headerOf, type Rule } from '../rule';
import { standard } from '../catalogue/standard-rules';

/** TR056: Identificatie moet per berichtsoort uniek zijn voor de verzendende partij (9056). */
export const TR056: Rule = {
  ...standard('TR056'),
  appliesTo: HEEN_AND_325,
  check(message, { state }) {
    const { Afzender, BerichtIdentificatie } = headerOf(message);
    if (!state.header.identificatieUsed(Afzender, message.code, BerichtIdentificatie.Identificatie)) return [];
    return [
      {
        rule: 'TR056',
        retourcode: '9056',
        path: HEADER,
        text: text('TR056.identificatie-used', { identificatie: BerichtIdentificatie.Identificatie, afzender: Afzender, code: message.code }),
      },
    ];
  },
};
