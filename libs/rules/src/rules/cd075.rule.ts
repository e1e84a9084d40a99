import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD075: Verplicht vullen indien Budget gevuld is (Einddatum or ToewijzingEinddatum of the product; 0001). */
export const CD075: Rule = {
  ...standard('CD075'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317'],
  check(message) {
    return productClasses(message)
      .filter((p) => filled(p.budget) && !filled(p.einddatum))
      .map((p) => finding('CD075', p.path, text('CD075.einddatum-missing', { kind: p.kind, budget: p.budget!.trim(), einddatumName: p.einddatumName })));
  },
};
