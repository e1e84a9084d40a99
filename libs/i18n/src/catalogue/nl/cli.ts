import type { Section } from '../section';

/** Dutch texts: cli. Keys are English identifiers; the standard's words stay as the standard spells them. */
export const cli = {
} satisfies Section;
