import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS023: Maximale lengte 35 posities (Organisatie (Organisatienaam); retourcode 0001). */
export const RS023: Rule = restrictie({
  code: 'RS023',
  definition: 'Maximale lengte 35 posities',
  appliesTo: ['WMO301'],
  types: ['LDT_Organisatienaam'],
  violation: maxLength(35),
});
