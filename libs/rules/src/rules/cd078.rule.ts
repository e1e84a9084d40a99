import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, omvangText, productClasses } from './support/within-message';

/** CD078: Indien Omvang gevuld is, dan leeg laten (Budget of the product; 0001). */
export const CD078: Rule = {
  code: 'CD078',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'Indien Omvang gevuld is, dan leeg laten',
  appliesTo: ['WMO301', 'WMO315', 'WMO317'],
  check(message) {
    return productClasses(message)
      .filter((p) => p.omvang !== undefined && filled(p.budget))
      .map((p) => finding('CD078', p.path, text('CD078.budget-with-omvang', { kind: p.kind, omvang: omvangText(p.omvang!), budget: p.budget!.trim() })));
  },
};
