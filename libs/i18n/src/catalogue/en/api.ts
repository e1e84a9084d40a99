import type { api as nl } from '../nl/api';

/** English texts: api, the same keys and parameters as the Dutch section. */
export const api: typeof nl = {
};
