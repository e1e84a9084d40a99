import type { Rule } from '../rule';
import { restrictie, timeProblem } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS034: Tijd vullen zonder tijdszone. (Toewijzingstijd; the check also requires an existing time of day; retourcode 0001). */
export const RS034: Rule = restrictie({
  ...standard('RS034'),
  appliesTo: ['WMO301'],
  types: ['LDT_Tijd'],
  violation: timeProblem,
});
