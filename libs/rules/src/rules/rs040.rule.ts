import type { Rule } from '../rule';
import { maxValue, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS040: Maximale waarde 999999999999 (12*9) (TotaalBedrag; retourcode 0001). */
export const RS040: Rule = restrictie({
  ...standard('RS040'),
  appliesTo: ['WMO323', 'WMO325'],
  types: ['LDT_TotaalBedrag'],
  violation: maxValue(999999999999n),
});
