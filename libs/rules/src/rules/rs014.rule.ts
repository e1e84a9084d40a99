import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS014: Maximale lengte 8 posities (AGB-codes and Postcode; retourcode 0001). */
export const RS014: Rule = restrictie({
  ...standard('RS014'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_AgbCode', 'LDT_Postcode'],
  violation: maxLength(8),
});
