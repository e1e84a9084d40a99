import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS021: Maximale lengte 25 posities (Taal; retourcode 0001). */
export const RS021: Rule = restrictie({
  ...standard('RS021'),
  appliesTo: ['WMO301'],
  types: ['LDT_Taal'],
  violation: maxLength(25),
});
