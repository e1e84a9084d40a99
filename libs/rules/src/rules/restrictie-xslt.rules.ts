import type { Rule } from '../rule';

/** Restricties (RS) and the xslt-level technical rules (TR002 ...): checks within one message (retourcode 0001). */
export const RESTRICTIE_XSLT_RULES: readonly Rule[] = [];
