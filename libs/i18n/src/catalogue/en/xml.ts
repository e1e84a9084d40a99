import type { xml as nl } from '../nl/xml';

/** English texts: xml, the same keys and parameters as the Dutch section. */
export const xml: typeof nl = {
};
