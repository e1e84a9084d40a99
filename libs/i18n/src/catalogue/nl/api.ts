import type { Section } from '../section';

/** Dutch texts: api. Keys are English identifiers; the standard's words stay as the standard spells them. */
export const api = {
} satisfies Section;
