import type { funding as nl } from '../nl/funding';

/** English texts: funding, the same keys and parameters as the Dutch section. */
export const funding: typeof nl = {
};
