import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { contacts301, date, filled, finding, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/**
 * CS003: Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de
 * Begindatum (of Ingangsdatum) van de aangeduide periode (the end date of a period; 0001).
 */
export const CS003: Rule = {
  ...standard('CS003'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317'],
  check(message) {
    // The standard puts CS003 on Contact/Periode/Einddatum (301) and on the end date of every
    // ToegewezenProduct, AangevraagdProduct, NieuwProduct and TeWijzigenProduct; in the 317 the
    // period of the class starts at its GewensteIngangsdatum, the only start date the class holds.
    const periods = contacts301(message)
      .filter(({ contact }) => filled(contact.Periode?.Begindatum) && filled(contact.Periode?.Einddatum))
      .map(({ contact, path }) => ({ path, what: 'Contact Periode', startName: 'Begindatum', begin: contact.Periode!.Begindatum!, endName: 'Einddatum', einde: contact.Periode!.Einddatum! }));
    const products = productClasses(message)
      .filter((p) => filled(p.einddatum))
      .map((p) => ({ path: p.path, what: p.kind, startName: p.ingangsdatumName, begin: p.ingangsdatum, endName: p.einddatumName, einde: p.einddatum! }));
    return [...periods, ...products]
      .filter((p) => date(p.einde) < date(p.begin))
      .map((p) =>
        finding('CS003', p.path, text('CS003.end-before-start', { what: p.what, endName: p.endName, endDate: p.einde.trim(), startName: p.startName, startDate: p.begin.trim() })),
      );
  },
};
