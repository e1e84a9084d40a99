import type { Rule } from '../rule';
import { maxValue, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS006: Maximale waarde 999999999 (9*9) (ToewijzingNummer and BeschikkingNummer (LDT_Nummer); retourcode 0001). */
export const RS006: Rule = restrictie({
  ...standard('RS006'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323', 'WMO325'],
  types: ['LDT_Nummer'],
  violation: maxValue(999999999n),
});
