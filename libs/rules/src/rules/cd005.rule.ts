import type { Rule } from '../rule';
import { contacts301, filled, finding } from './support/within-message';

/** CD005: Als Postcode gevuld is, dan verplicht vullen, anders leeg laten (LandCode in Adres; 0001). */
export const CD005: Rule = {
  code: 'CD005',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'Als Postcode gevuld is, dan verplicht vullen, anders leeg laten.',
  appliesTo: ['WMO301'],
  check(message) {
    return contacts301(message).flatMap(({ contact, path }) => {
      const postcode = contact.Adres?.Postcode;
      const landCode = contact.Adres?.LandCode;
      if (filled(postcode) && !filled(landCode)) {
        return [finding('CD005', path, `Adres has Postcode ${postcode.trim()} but no LandCode (CD005); fill LandCode (NL for a Dutch address).`)];
      }
      if (!filled(postcode) && filled(landCode)) {
        return [finding('CD005', path, `Adres has LandCode ${landCode.trim()} but no Postcode (CD005); LandCode is filled only together with Postcode: add the Postcode or leave LandCode empty.`)];
      }
      return [];
    });
  },
};
