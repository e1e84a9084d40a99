import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS018: Maximale lengte 15 posities (Telefoonnummer; retourcode 0001). */
export const RS018: Rule = restrictie({
  code: 'RS018',
  definition: 'Maximale lengte 15 posities',
  appliesTo: ['WMO301'],
  types: ['LDT_Telefoonnummer'],
  violation: maxLength(15),
});
