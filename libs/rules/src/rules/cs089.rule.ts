import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { contacts301, filled, finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** A Dutch postcode: four digits, the first not 0, and two capital letters, without a space (as the BRP holds it). */
const NEDERLANDSE_POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;

/**
 * CS089: Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat
 * van een Nederlandse postcode (Postcode in Adres; 0001).
 */
export const CS089: Rule = {
  ...standard('CS089'),
  appliesTo: ['WMO301'],
  check(message) {
    // Only the format is checked here; whether a Postcode must be there at all is CD034.
    return contacts301(message)
      .filter(({ contact: { Adres: a } }) => a?.LandCode === 'NL' && filled(a.Postcode) && !NEDERLANDSE_POSTCODE.test(a.Postcode))
      .map(({ contact, path }) => finding('CS089', path, text('CS089.not-dutch', { postcode: contact.Adres!.Postcode! })));
  },
};
