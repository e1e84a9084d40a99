import type { Rule } from '../rule';

/** Cross-message rules of toewijzingen, start/stop, verzoeken and antwoorden. */
export const TOEWIJZING_RULES: readonly Rule[] = [];
