import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS020: Maximale lengte 24 posities (Straatnaam; retourcode 0001). */
export const RS020: Rule = restrictie({
  code: 'RS020',
  definition: 'Maximale lengte 24 posities',
  appliesTo: ['WMO301'],
  types: ['LDT_Straatnaam'],
  violation: maxLength(24),
});
