import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { digits, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS035: Vullen met 4 cijfers. (gemeentecode (LDT_Gemeente); retourcode 0001). */
export const RS035: Rule = restrictie({
  ...standard('RS035'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_Gemeente'],
  violation: digits(4, text('RS035.gemeentecode')),
});
