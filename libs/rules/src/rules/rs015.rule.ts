import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS015: Maximale lengte 9 posities (Bsn; retourcode 0001). */
export const RS015: Rule = restrictie({
  code: 'RS015',
  definition: 'Maximale lengte 9 posities',
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323', 'WMO325'],
  types: ['LDT_BurgerServicenummer'],
  violation: maxLength(9),
});
