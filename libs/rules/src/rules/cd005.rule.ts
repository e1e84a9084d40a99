import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { contacts301, filled, finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD005: Als Postcode gevuld is, dan verplicht vullen, anders leeg laten (LandCode in Adres; 0001). */
export const CD005: Rule = {
  ...standard('CD005'),
  appliesTo: ['WMO301'],
  check(message) {
    return contacts301(message).flatMap(({ contact, path }) => {
      const postcode = contact.Adres?.Postcode;
      const landCode = contact.Adres?.LandCode;
      if (filled(postcode) && !filled(landCode)) {
        return [finding('CD005', path, text('CD005.postcode-without-landcode', { postcode: postcode.trim() }))];
      }
      if (!filled(postcode) && filled(landCode)) {
        return [finding('CD005', path, text('CD005.landcode-without-postcode', { landCode: landCode.trim() }))];
      }
      return [];
    });
  },
};
