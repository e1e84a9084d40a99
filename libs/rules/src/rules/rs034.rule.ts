import type { Rule } from '../rule';
import { restrictie, timeProblem } from './support/restricties';

/** RS034: Tijd vullen zonder tijdszone. (Toewijzingstijd; the check also requires an existing time of day; retourcode 0001). */
export const RS034: Rule = restrictie({
  code: 'RS034',
  definition: 'Tijd vullen zonder tijdszone.',
  appliesTo: ['WMO301'],
  types: ['LDT_Tijd'],
  violation: timeProblem,
});
