import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS021: Maximale lengte 25 posities (Taal; retourcode 0001). */
export const RS021: Rule = restrictie({
  code: 'RS021',
  definition: 'Maximale lengte 25 posities',
  appliesTo: ['WMO301'],
  types: ['LDT_Taal'],
  violation: maxLength(25),
});
