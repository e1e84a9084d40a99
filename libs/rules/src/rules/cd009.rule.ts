import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { contacts301, finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD009: Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan (Periode in Contact; 0001). */
export const CD009: Rule = {
  ...standard('CD009'),
  appliesTo: ['WMO301'],
  check(message) {
    return contacts301(message)
      .filter(({ contact }) => contact.Periode !== undefined && contact.Soort !== '04')
      .map(({ contact, path }) => finding('CD009', path, text('CD009.periode-not-tijdelijk', { soort: contact.Soort })));
  },
};
