import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';

/** RS025: Maximale lengte 64 posities (Naam of the Verwijzer (NaamVerwijzer); retourcode 0001). */
export const RS025: Rule = restrictie({
  code: 'RS025',
  definition: 'Maximale lengte 64 posities',
  appliesTo: ['WMO315'],
  types: ['LDT_NaamVerwijzer'],
  violation: maxLength(64),
});
