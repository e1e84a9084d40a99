import type { rulesDeclaratie as nl } from '../nl/rules-declaratie';

/** English texts: rules-declaratie, the same keys and parameters as the Dutch section. */
export const rulesDeclaratie: typeof nl = {
};
