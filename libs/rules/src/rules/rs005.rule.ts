import type { Rule } from '../rule';
import { maxValue, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS005: Maximale waarde 99999999 (8*9) (Volume, Budget and Bedrag; retourcode 0001). */
export const RS005: Rule = restrictie({
  ...standard('RS005'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317', 'WMO323', 'WMO325'],
  types: ['LDT_Volume', 'LDT_Budget', 'LDT_Bedrag'],
  violation: maxValue(99999999n),
});
