import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS012: Maximale lengte 5 posities (ProductCode; retourcode 0001). */
export const RS012: Rule = restrictie({
  ...standard('RS012'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323', 'WMO325'],
  types: ['LDT_ProductCode'],
  violation: maxLength(5),
});
