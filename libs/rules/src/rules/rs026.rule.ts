import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS026: Maximale lengte 80 posities (Plaatsnaam and Emailadres; retourcode 0001). */
export const RS026: Rule = restrictie({
  code: 'RS026',
  definition: 'Maximale lengte 80 posities',
  appliesTo: ['WMO301'],
  types: ['LDT_Plaatsnaam', 'LDT_Emailadres'],
  violation: maxLength(80),
});
