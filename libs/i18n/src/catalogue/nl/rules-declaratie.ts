import type { Section } from '../section';

/**
 * Dutch texts: rules-declaratie, the findings of the technische regels on declaraties (323) and
 * declaratie-antwoorden (325) and the phrases they share. Keys are English identifiers; the
 * standard's words stay as the standard spells them.
 */
export const rulesDeclaratie = {
} satisfies Section;
