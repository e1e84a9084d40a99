import { text } from '@lib/i18n';
import { HEADER, HEEN_AND_325, headerOf, type Rule } from '../rule';
import { standard } from '../catalogue/standard-rules';

/** TR135: Vullen met een bestaande datum die niet in de toekomst ligt (8848; checked on the Dagtekening). */
export const TR135: Rule = {
  ...standard('TR135'),
  appliesTo: HEEN_AND_325,
  check(message, { today }) {
    const { Dagtekening } = headerOf(message).BerichtIdentificatie;
    if (Dagtekening <= today) return [];
    return [
      {
        rule: 'TR135',
        retourcode: '8848',
        path: HEADER,
        text: text('TR135.in-future', { dagtekening: Dagtekening, today }),
      },
    ];
  },
};
