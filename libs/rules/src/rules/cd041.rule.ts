import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD041: Indien Code in Product gevuld is, verplicht vullen (Omvang of a ToegewezenProduct, AangevraagdProduct or NieuwProduct; 0001). */
export const CD041: Rule = {
  ...standard('CD041'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317'],
  check(message) {
    return productClasses(message, ['ToegewezenProduct', 'AangevraagdProduct', 'NieuwProduct'])
      .filter((p) => filled(p.product?.Code) && p.omvang === undefined)
      .map((p) => finding('CD041', p.path, text('CD041.omvang-missing', { kind: p.kind, code: p.product!.Code!.trim() })));
  },
};
