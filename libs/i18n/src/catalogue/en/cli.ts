import type { cli as nl } from '../nl/cli';

/** English texts: cli, the same keys and parameters as the Dutch section. */
export const cli: typeof nl = {
};
