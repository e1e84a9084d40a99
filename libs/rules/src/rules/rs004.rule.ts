import type { Rule } from '../rule';
import { maxValue, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS004: Maximale waarde 99999 (5*9) (Huisnummer; retourcode 0001). */
export const RS004: Rule = restrictie({
  ...standard('RS004'),
  appliesTo: ['WMO301'],
  types: ['LDT_Huisnummer'],
  violation: maxValue(99999n),
});
