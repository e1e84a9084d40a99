/**
 * A section of a language's catalogue: texts keyed by an English identifier, each a function of
 * its typed parameters. The Dutch section is the source of the type; the English one is declared
 * as `typeof` it, so a key or a parameter missing in one language does not compile.
 */
export type Section = Record<string, (params: never) => string>;
