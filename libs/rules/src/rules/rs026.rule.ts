import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS026: Maximale lengte 80 posities (Plaatsnaam and Emailadres; retourcode 0001). */
export const RS026: Rule = restrictie({
  ...standard('RS026'),
  appliesTo: ['WMO301'],
  types: ['LDT_Plaatsnaam', 'LDT_Emailadres'],
  violation: maxLength(80),
});
