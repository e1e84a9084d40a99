import type { Section } from '../section';

/** Dutch texts: xml. Keys are English identifiers; the standard's words stay as the standard spells them. */
export const xml = {
} satisfies Section;
