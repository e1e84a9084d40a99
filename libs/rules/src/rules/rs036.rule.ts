import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { digits, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS036: Vullen met 8 cijfers. (AGB-codes (LDT_AgbCode); retourcode 0001). */
export const RS036: Rule = restrictie({
  ...standard('RS036'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_AgbCode'],
  violation: digits(8, text('RS036.agb-code')),
});
