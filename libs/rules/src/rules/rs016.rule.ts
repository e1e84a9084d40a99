import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS016: Maximale lengte 10 posities (Voorvoegsel; retourcode 0001). */
export const RS016: Rule = restrictie({
  code: 'RS016',
  definition: 'Maximale lengte 10 posities',
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315'],
  types: ['LDT_Voorvoegsel'],
  violation: maxLength(10),
});
