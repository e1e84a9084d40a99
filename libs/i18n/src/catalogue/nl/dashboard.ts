import type { Section } from '../section';

/** Dutch texts: dashboard. Keys are English identifiers; the standard's words stay as the standard spells them. */
export const dashboard = {
} satisfies Section;
