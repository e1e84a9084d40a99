import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS024: Maximale lengte 36 posities (ReferentieAanbieder (Referentie); retourcode 0001). */
export const RS024: Rule = restrictie({
  ...standard('RS024'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317', 'WMO319'],
  types: ['LDT_Referentie'],
  violation: maxLength(36),
});
