import type { rulesWithin as nl } from '../nl/rules-within';

/** English texts: rules-within, the same keys and parameters as the Dutch section. */
export const rulesWithin: typeof nl = {
};
