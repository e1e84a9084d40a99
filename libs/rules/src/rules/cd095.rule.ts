import type { Rule } from '../rule';
import { endsAfter2020OrOpen, filled, finding, omvangText, productClasses } from './support/within-message';

/** CD095: Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het AangevraagdProduct groter dan 31-12-2020 of leeg is, dan leeg laten (Omvang of the AangevraagdProduct; 0001). */
export const CD095: Rule = {
  code: 'CD095',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het AangevraagdProduct groter dan 31-12-2020 of leeg is, dan leeg laten',
  appliesTo: ['WMO315'],
  check(message) {
    return productClasses(message, ['AangevraagdProduct'])
      .filter((p) => !filled(p.product?.Code) && endsAfter2020OrOpen(p.einddatum) && p.omvang !== undefined)
      .map((p) =>
        finding(
          'CD095',
          p.path,
          `AangevraagdProduct has no Product Code and ${filled(p.einddatum) ? `ToewijzingEinddatum ${p.einddatum.trim()} (after 31-12-2020)` : 'no ToewijzingEinddatum'}, yet has ${omvangText(p.omvang!)} (CD095); an aspecific or generic product gets no Omvang: leave Omvang empty (a Budget may be given instead) or fill the Product Code.`,
        ),
      );
  },
};
