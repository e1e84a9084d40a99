import type { Rule } from '../rule';

/** Cross-message and external rules of declaraties and declaratie-antwoorden. */
export const DECLARATIE_RULES: readonly Rule[] = [];
