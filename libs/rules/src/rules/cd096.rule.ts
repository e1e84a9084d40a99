import type { Rule } from '../rule';
import { endsAfter2020OrOpen, filled, finding, omvangText, productClasses } from './support/within-message';

/** CD096: Indien Code in NieuwProduct leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan leeg laten (Omvang of the NieuwProduct; 0001). */
export const CD096: Rule = {
  code: 'CD096',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'Indien Code in NieuwProduct leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan leeg laten',
  appliesTo: ['WMO317'],
  check(message) {
    return productClasses(message, ['NieuwProduct'])
      .filter((p) => !filled(p.product?.Code) && endsAfter2020OrOpen(p.einddatum) && p.omvang !== undefined)
      .map((p) =>
        finding(
          'CD096',
          p.path,
          `NieuwProduct has no Product Code and ${filled(p.einddatum) ? `Einddatum ${p.einddatum.trim()} (after 31-12-2020)` : 'no Einddatum'}, yet has ${omvangText(p.omvang!)} (CD096); an aspecific or generic product gets no Omvang: leave Omvang empty (a Budget may be given instead) or fill the Product Code.`,
        ),
      );
  },
};
