import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS011: Maximale lengte 4 posities (RetourCode, HuisnummerToevoeging and Landnummer; retourcode 0001). */
export const RS011: Rule = restrictie({
  ...standard('RS011'),
  appliesTo: ['WMO301', 'WMO302', 'WMO306', 'WMO308', 'WMO316', 'WMO318', 'WMO320', 'WMO325'],
  types: ['LDT_RetourCode', 'LDT_HuisnummerToevoeging', 'LDT_Landnummer'],
  violation: maxLength(4),
});
