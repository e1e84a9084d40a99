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
      .map((p) =>
        finding('CD078', p.path, `${p.kind} has ${omvangText(p.omvang!)} and also Budget ${p.budget!.trim()} (CD078); with an Omvang leave Budget empty.`),
      );
  },
};
