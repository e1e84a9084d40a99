import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { digits, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS037: Vullen met 9 cijfers. (Bsn; retourcode 0001). */
export const RS037: Rule = restrictie({
  ...standard('RS037'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323', 'WMO325'],
  types: ['LDT_BurgerServicenummer'],
  violation: digits(9, text('RS037.bsn')),
});
