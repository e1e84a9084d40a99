import type { Section } from '../section';

/** Dutch texts: the exchange's protocols (StUF-GGk, VSP-Koppeling). Keys are English identifiers; the standard's words stay as the standard spells them. */
export const exchange = {
} satisfies Section;
