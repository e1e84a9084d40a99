import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, omvangText, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD077: Indien Budget gevuld is, dan leeg laten (Omvang of the product; 0001). */
export const CD077: Rule = {
  ...standard('CD077'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317'],
  check(message) {
    return productClasses(message)
      .filter((p) => filled(p.budget) && p.omvang !== undefined)
      .map((p) => finding('CD077', p.path, text('CD077.omvang-with-budget', { kind: p.kind, budget: p.budget!.trim(), omvang: omvangText(p.omvang!) })));
  },
};
