import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS018: Maximale lengte 15 posities (Telefoonnummer; retourcode 0001). */
export const RS018: Rule = restrictie({
  ...standard('RS018'),
  appliesTo: ['WMO301'],
  types: ['LDT_Telefoonnummer'],
  violation: maxLength(15),
});
