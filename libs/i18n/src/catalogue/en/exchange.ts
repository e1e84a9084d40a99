import type { exchange as nl } from '../nl/exchange';

/** English texts: the exchange's protocols, the same keys and parameters as the Dutch section. */
export const exchange: typeof nl = {
};
