import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS024: Maximale lengte 36 posities (ReferentieAanbieder (Referentie); retourcode 0001). */
export const RS024: Rule = restrictie({
  code: 'RS024',
  definition: 'Maximale lengte 36 posities',
  appliesTo: ['WMO301', 'WMO315', 'WMO317', 'WMO319'],
  types: ['LDT_Referentie'],
  violation: maxLength(36),
});
