import { text } from '@lib/i18n';
import type { Wmo301Contact } from '@lib/iwmo';
import type { Rule } from '../rule';
import { elementsOfType, finding, shortPath } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR006: De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis
 * en Postcode bevatten (retourcode 0001). Checked on every Contact of a 301: the client's
 * Contactgegevens and each Relatie's Contact.
 */
export const TR006: Rule = {
  ...standard('TR006'),
  appliesTo: ['WMO301'],
  check(message) {
    return elementsOfType(message, ['Contact']).flatMap((element) => {
      const contact = element.value as Wmo301Contact;
      if (contact.Telefoon !== undefined || (contact.Adres?.Huis !== undefined && contact.Adres.Postcode !== undefined)) return [];
      const has = text(contact.Adres?.Huis !== undefined ? 'TR006.huis-without-postcode' : contact.Adres?.Postcode !== undefined ? 'TR006.postcode-without-huis' : 'TR006.neither');
      return [finding('TR006', element.classPath, text('TR006.no-telefoon-or-address', { path: shortPath(element.path), soort: contact.Soort, has }))];
    });
  },
};
