import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { contacts301, filled, finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD034: Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen (Postcode in Adres; 0001). */
export const CD034: Rule = {
  ...standard('CD034'),
  appliesTo: ['WMO301'],
  check(message) {
    // The rule's 1 and 3 are the codes 01 and 03 of COD757 (Soort adres); a Contact without Adres has no Postcode either.
    return contacts301(message)
      .filter(({ contact }) => (contact.Soort === '01' || contact.Soort === '03') && !filled(contact.Adres?.Postcode))
      .map(({ contact, path }) =>
        finding('CD034', path, text('CD034.postcode-missing', { soort: contact.Soort, soortNaam: contact.Soort === '01' ? 'BRP-adres' : 'verblijfadres' })),
      );
  },
};
