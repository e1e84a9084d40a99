import type { Rule } from '../rule';

/** Condities (CD) and constraints (CS): checks within one message (retourcode 0001). */
export const CONDITIE_CONSTRAINT_RULES: readonly Rule[] = [];
