import type { Rule } from '../rule';
import { maxValue, restrictie } from './support/restricties';

/** RS040: Maximale waarde 999999999999 (12*9) (TotaalBedrag; retourcode 0001). */
export const RS040: Rule = restrictie({
  code: 'RS040',
  definition: 'Maximale waarde 999999999999 (12*9)',
  appliesTo: ['WMO323', 'WMO325'],
  types: ['LDT_TotaalBedrag'],
  violation: maxValue(999999999999n),
});
