import type { Section } from '../section';

/** Dutch texts: rules-within. Keys are English identifiers; the standard's words stay as the standard spells them. */
export const rulesWithin = {
} satisfies Section;
