import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { contacts301, finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD025: Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen (Huis in Adres; 0001). */
export const CD025: Rule = {
  ...standard('CD025'),
  appliesTo: ['WMO301'],
  check(message) {
    return contacts301(message)
      .filter(({ contact }) => contact.Adres?.LandCode === 'NL' && contact.Adres.Huis === undefined)
      .map(({ path }) => finding('CD025', path, text('CD025.nl-without-huis')));
  },
};
