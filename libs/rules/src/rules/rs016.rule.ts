import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS016: Maximale lengte 10 posities (Voorvoegsel; retourcode 0001). */
export const RS016: Rule = restrictie({
  ...standard('RS016'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315'],
  types: ['LDT_Voorvoegsel'],
  violation: maxLength(10),
});
