import { text } from '@lib/i18n';
import { NO_RETOURCODE, type Rule } from '../rule';
import { ALL_RETOUREN, bindingOf, heenberichtOf } from './retour.support';

/**
 * CC11 (the exchange's code: "Retourbericht mag maar 1 keer per heenbericht worden aangeboden"):
 * a heenbericht is answered once; a second retourbericht on it is refused.
 */
export const CC11: Rule = {
  code: 'CC11',
  retourcode: NO_RETOURCODE,
  level: 'uitwisseling',
  definition: 'Een retourbericht mag maar 1 keer per heenbericht worden aangeboden.',
  appliesTo: ALL_RETOUREN,
  check(message, context) {
    const heen = heenberichtOf(message, context);
    if (!heen?.answered) return [];
    const { key, path } = bindingOf(message)!;
    return [
      {
        rule: 'CC11',
        retourcode: NO_RETOURCODE,
        path,
        text: text('CC11.answered-already', { heenCode: key.code, identificatie: key.identificatie, dagtekening: key.dagtekening, afzender: key.afzender, code: message.code }),
      },
    ];
  },
};
