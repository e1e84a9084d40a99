import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS013: Maximale lengte 6 posities (Voorletters; retourcode 0001). */
export const RS013: Rule = restrictie({
  code: 'RS013',
  definition: 'Maximale lengte 6 posities',
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315'],
  types: ['LDT_Voorletters'],
  violation: maxLength(6),
});
