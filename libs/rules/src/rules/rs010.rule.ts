import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS010: Maximale lengte 3 posities (BerichtCode; retourcode 0001). */
export const RS010: Rule = restrictie({
  ...standard('RS010'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_BerichtCode'],
  violation: maxLength(3),
});
