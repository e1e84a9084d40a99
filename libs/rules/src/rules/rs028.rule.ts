import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS028: Maximale lengte 200 posities (names (Achternaam, Voornamen); retourcode 0001). */
export const RS028: Rule = restrictie({
  ...standard('RS028'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315'],
  types: ['LDT_Naam'],
  violation: maxLength(200),
});
