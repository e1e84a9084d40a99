import type { Rule } from '../rule';
import { maxValue, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS002: Maximale waarde 99 (BerichtVersie, BerichtSubversie and Relatie Volgorde; retourcode 0001). */
export const RS002: Rule = restrictie({
  ...standard('RS002'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_BerichtVersie', 'LDT_BerichtSubversie', 'LDT_RelatieVolgorde'],
  violation: maxValue(99n),
});
