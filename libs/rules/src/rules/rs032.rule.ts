import type { Rule } from '../rule';
import { dateProblem, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS032: Datum vullen zonder tijdzone. (every date (LDT_Datum); the check also requires an existing calendar date, which the XSD pattern does not guarantee by itself; retourcode 0001). */
export const RS032: Rule = restrictie({
  ...standard('RS032'),
  appliesTo: ['WMO301', 'WMO302', 'WMO305', 'WMO306', 'WMO307', 'WMO308', 'WMO315', 'WMO316', 'WMO317', 'WMO318', 'WMO319', 'WMO320', 'WMO323', 'WMO325'],
  types: ['LDT_Datum'],
  violation: dateProblem,
});
