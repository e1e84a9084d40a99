import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS010: Maximale lengte 3 posities (BerichtCode; retourcode 0001). */
export const RS010: Rule = restrictie({
  code: 'RS010',
  definition: 'Maximale lengte 3 posities',
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_BerichtCode'],
  violation: maxLength(3),
});
