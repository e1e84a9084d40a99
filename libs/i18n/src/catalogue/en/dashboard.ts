import type { dashboard as nl } from '../nl/dashboard';

/** English texts: dashboard, the same keys and parameters as the Dutch section. */
export const dashboard: typeof nl = {
};
