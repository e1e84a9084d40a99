import type { Wmo301Contact } from '@lib/iwmo';
import type { Rule } from '../rule';
import { elementsOfType, finding, shortPath } from './support/restricties';

/**
 * TR006: De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis
 * en Postcode bevatten (retourcode 0001). Checked on every Contact of a 301: the client's
 * Contactgegevens and each Relatie's Contact.
 */
export const TR006: Rule = {
  code: 'TR006',
  retourcode: '0001',
  level: 'xslt',
  definition: 'De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode bevatten.',
  appliesTo: ['WMO301'],
  check(message) {
    return elementsOfType(message, ['Contact']).flatMap((element) => {
      const contact = element.value as Wmo301Contact;
      if (contact.Telefoon !== undefined || (contact.Adres?.Huis !== undefined && contact.Adres.Postcode !== undefined)) return [];
      const has = contact.Adres?.Huis !== undefined ? 'a Huis but no Postcode' : contact.Adres?.Postcode !== undefined ? 'a Postcode but no Huis' : 'neither Huis nor Postcode';
      return [
        finding(
          'TR006',
          element.classPath,
          `${shortPath(element.path)} (Soort ${contact.Soort}) has no Telefoon and its Adres has ${has} (TR006); a Contact needs a Telefoon, or both the Huis (Huisnummer) and the Postcode of its address.`,
        ),
      ];
    });
  },
};
