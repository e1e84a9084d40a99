import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS019: Maximale lengte 20 posities (Relatie Nummer (Persoonsid) and ReferentieNummer; retourcode 0001). */
export const RS019: Rule = restrictie({
  ...standard('RS019'),
  appliesTo: ['WMO301', 'WMO323', 'WMO325'],
  types: ['LDT_Persoonsid', 'LDT_ReferentieNummer'],
  violation: maxLength(20),
});
