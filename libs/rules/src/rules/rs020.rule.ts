import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS020: Maximale lengte 24 posities (Straatnaam; retourcode 0001). */
export const RS020: Rule = restrictie({
  ...standard('RS020'),
  appliesTo: ['WMO301'],
  types: ['LDT_Straatnaam'],
  violation: maxLength(24),
});
