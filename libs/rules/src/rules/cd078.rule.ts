import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, omvangText, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD078: Indien Omvang gevuld is, dan leeg laten (Budget of the product; 0001). */
export const CD078: Rule = {
  ...standard('CD078'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317'],
  check(message) {
    return productClasses(message)
      .filter((p) => p.omvang !== undefined && filled(p.budget))
      .map((p) => finding('CD078', p.path, text('CD078.budget-with-omvang', { kind: p.kind, omvang: omvangText(p.omvang!), budget: p.budget!.trim() })));
  },
};
