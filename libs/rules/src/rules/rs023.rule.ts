import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS023: Maximale lengte 35 posities (Organisatie (Organisatienaam); retourcode 0001). */
export const RS023: Rule = restrictie({
  ...standard('RS023'),
  appliesTo: ['WMO301'],
  types: ['LDT_Organisatienaam'],
  violation: maxLength(35),
});
