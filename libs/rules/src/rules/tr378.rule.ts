import { text } from '@lib/i18n';
import { CBS_GEMEENTEN } from '@lib/iwmo';
import { MESSAGE_TYPES } from '@lib/iwmo';
import { HEADER, HEEN_AND_325, headerOf, type Rule } from '../rule';
import { standard } from '../catalogue/standard-rules';

/**
 * TR378: Vullen met een bestaande gemeentecode uit het overzicht van CBS dat actueel is
 * op Ingangsdatum of ToewijzingIngangsdatum (S300). Checked on the gemeente in the header.
 */
export const TR378: Rule = {
  ...standard('TR378'),
  appliesTo: HEEN_AND_325,
  check(message) {
    const header = headerOf(message);
    const field = MESSAGE_TYPES[message.code].sender === 'gemeente' ? 'Afzender' : 'Ontvanger';
    const gemeente = header[field];
    if (gemeente in CBS_GEMEENTEN) return [];
    return [
      {
        rule: 'TR378',
        retourcode: 'S300',
        path: HEADER,
        text: text('TR378.unknown-gemeente', { field, gemeente }),
      },
    ];
  },
};
