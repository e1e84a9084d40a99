/**
 * The vocabulary in which the project writes down the iWmo 3.2 schemas.
 *
 * The standard's XSDs use a small, regular subset of XML Schema: named simple
 * types restricting xs:string / xs:integer / xs:date / xs:time with facets, and
 * complex types that are a single xs:sequence of elements. This model captures
 * exactly that subset; `tools/generate-schemas.ts` turns it into the XSDs under
 * `schemas/iwmo-3.2/` and into TypeScript types, and the parser and serializer
 * walk it to know element order and which elements repeat.
 */

export type XsdBase = 'string' | 'integer' | 'date' | 'time';

export interface SimpleTypeDef {
  readonly base: XsdBase;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minInclusive?: number;
  readonly maxInclusive?: number;
  readonly pattern?: string;
  /** code -> meaning, in the standard's words */
  readonly enumeration?: Readonly<Record<string, string>>;
}

export interface ElementDef {
  readonly name: string;
  /** LDT_* / CDT_* from the basisschema, or a complex type local to the message */
  readonly type: string;
  readonly minOccurs: 0 | 1;
  readonly maxOccurs: 1 | 'unbounded';
  /** inline restriction of `type` (BerichtCode 414, DeclaratieNummer alphanumeric, ...) */
  readonly pattern?: string;
}

export type ComplexTypeDef = readonly ElementDef[];

/** A message's own complex types in document order; the first is `Root`. */
export type MessageStructure = Readonly<Record<string, ComplexTypeDef>>;

type Occurs = '1..1' | '0..1' | '1..n' | '0..n';

/** Compact element declaration: `el('Bsn', 'LDT_BurgerServicenummer')`, occurrence `'0..1'` etc. */
export function el(name: string, type: string, occurs: Occurs = '1..1', restriction?: { pattern: string }): ElementDef {
  return {
    name,
    type,
    minOccurs: occurs.startsWith('0') ? 0 : 1,
    maxOccurs: occurs.endsWith('n') ? 'unbounded' : 1,
    ...(restriction ? { pattern: restriction.pattern } : {}),
  };
}

export const isBasisType = (type: string): boolean => type.startsWith('LDT_') || type.startsWith('CDT_');
