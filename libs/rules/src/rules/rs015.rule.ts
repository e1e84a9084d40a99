import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS015: Maximale lengte 9 posities (Bsn; retourcode 0001). */
export const RS015: Rule = restrictie({
  ...standard('RS015'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323', 'WMO325'],
  types: ['LDT_BurgerServicenummer'],
  violation: maxLength(9),
});
