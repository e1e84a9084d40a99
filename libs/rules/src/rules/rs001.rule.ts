import type { Rule } from '../rule';
import { minValue, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS001: Minimale waarde 0 (whole numbers: amounts, volumes, numbers, huisnummer, versions; retourcode 0001). */
export const RS001: Rule = restrictie({
  ...standard('RS001'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_Huisnummer', 'LDT_BerichtVersie', 'LDT_BerichtSubversie', 'LDT_RelatieVolgorde', 'LDT_Nummer', 'LDT_Volume', 'LDT_Budget', 'LDT_Bedrag', 'LDT_TotaalBedrag'],
  violation: minValue(0n),
});
