import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD079: Indien Budget leeg is, dan verplicht vullen (Product of a ToegewezenProduct, AangevraagdProduct or NieuwProduct; 0001). */
export const CD079: Rule = {
  ...standard('CD079'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317'],
  check(message) {
    return productClasses(message, ['ToegewezenProduct', 'AangevraagdProduct', 'NieuwProduct'])
      .filter((p) => !filled(p.budget) && p.product === undefined)
      .map((p) => finding('CD079', p.path, text('CD079.neither', { kind: p.kind })));
  },
};
