import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS025: Maximale lengte 64 posities (Naam of the Verwijzer (NaamVerwijzer); retourcode 0001). */
export const RS025: Rule = restrictie({
  ...standard('RS025'),
  appliesTo: ['WMO315'],
  types: ['LDT_NaamVerwijzer'],
  violation: maxLength(64),
});
