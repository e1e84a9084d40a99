import type { rulesAcross as nl } from '../nl/rules-across';

/** English texts: rules-across, the same keys and parameters as the Dutch section. */
export const rulesAcross: typeof nl = {
};
