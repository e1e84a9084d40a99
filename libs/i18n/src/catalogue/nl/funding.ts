import type { Section } from '../section';

/**
 * Dutch texts: funding, the answers of the result-based funding: the contract register, the
 * declaratie builder and onderaanneming. Keys are English identifiers; the standard's words stay
 * as the standard spells them.
 */
export const funding = {
} satisfies Section;
