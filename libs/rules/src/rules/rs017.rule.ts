import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS017: Maximale lengte 12 posities (Identificatie of a bericht, retour or declaratie; retourcode 0001). */
export const RS017: Rule = restrictie({
  ...standard('RS017'),
  appliesTo: ['WMO301', 'WMO302', 'WMO305', 'WMO306', 'WMO307', 'WMO308', 'WMO315', 'WMO316', 'WMO317', 'WMO318', 'WMO319', 'WMO320', 'WMO323', 'WMO325'],
  types: ['LDT_IdentificatieBericht', 'LDT_IdentificatieDeclaratie'],
  violation: maxLength(12),
});
