import type { Section } from '../section';

/** Dutch texts: rules-across. Keys are English identifiers; the standard's words stay as the standard spells them. */
export const rulesAcross = {
} satisfies Section;
