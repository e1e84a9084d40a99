import { BASISSCHEMA_NAMESPACE, MESSAGE_TYPES, type MessageCode } from '../registry';
import { BASIS_COMPLEX_TYPES, BASIS_SIMPLE_TYPES } from './basisschema.model';
import { MESSAGE_STRUCTURES } from './messages.model';
import { isBasisType, type ComplexTypeDef, type ElementDef, type SimpleTypeDef } from './schema-model';

/** A complex type resolved for walking: its elements by name and the namespace they are qualified in. */
export interface ResolvedComplexType {
  readonly name: string;
  readonly elements: ComplexTypeDef;
  readonly byName: ReadonlyMap<string, ElementDef>;
  /** per child element name: its declaration and its complex type (null for a value) */
  readonly children: ReadonlyMap<string, ResolvedChild>;
  /** elementFormDefault="qualified": children are in the namespace of the schema that declares the type */
  readonly childNamespace: string;
}

export interface ResolvedChild {
  readonly decl: ElementDef;
  readonly type: ResolvedComplexType | null;
}

const cache = new Map<string, ResolvedComplexType>();

function resolve(code: MessageCode, name: string, elements: ComplexTypeDef, childNamespace: string): ResolvedComplexType {
  // iWmo types are not recursive, so the children can be resolved eagerly.
  const children = new Map(elements.map((decl): [string, ResolvedChild] => [decl.name, { decl, type: complexType(code, decl.type) ?? null }]));
  return { name, elements, byName: new Map(elements.map((e) => [e.name, e])), children, childNamespace };
}

/** The complex type `typeName` as seen from message `code`, or undefined when it is a simple type. */
export function complexType(code: MessageCode, typeName: string): ResolvedComplexType | undefined {
  const key = isBasisType(typeName) ? typeName : `${code}:${typeName}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let resolved: ResolvedComplexType | undefined;
  if (isBasisType(typeName)) {
    const def = BASIS_COMPLEX_TYPES[typeName];
    if (def) resolved = resolve(code, typeName, def, BASISSCHEMA_NAMESPACE);
  } else {
    const def = MESSAGE_STRUCTURES[code]?.[typeName];
    if (def) resolved = resolve(code, typeName, def, MESSAGE_TYPES[code].namespace);
  }
  if (resolved) cache.set(key, resolved);
  return resolved;
}

export function simpleType(typeName: string): SimpleTypeDef | undefined {
  return BASIS_SIMPLE_TYPES[typeName];
}

export const rootType = (code: MessageCode): ResolvedComplexType => complexType(code, 'Root')!;

/**
 * The element declaration at an element path such as /Bericht/Client/Prestaties/Prestatie[2]/Eenheid
 * (positions and prefixes are ignored), or undefined when the path leaves the schema.
 */
export function elementAt(code: MessageCode, path: string): ElementDef | undefined {
  const steps = path.split('/').filter(Boolean).map((s) => s.replace(/\[\d+\]$/, '').replace(/^.*:/, ''));
  if (steps[0] !== 'Bericht') return undefined;
  let type: ResolvedComplexType | undefined = rootType(code);
  let decl: ElementDef | undefined;
  for (const step of steps.slice(1)) {
    if (!type) return undefined;
    decl = type.byName.get(step);
    if (!decl) return undefined;
    type = complexType(code, decl.type);
  }
  return decl;
}

/**
 * The path with a position on every repeating element: libxml2 writes Client for a
 * single Client and Client[2] for the second of several; this gives Client[1] too.
 */
export function canonicalPath(code: MessageCode, path: string): string {
  const steps = path.split('/').filter(Boolean);
  if (steps[0] !== 'Bericht') return path;
  let type: ResolvedComplexType | null | undefined = rootType(code);
  const out = ['Bericht'];
  for (const step of steps.slice(1)) {
    const name = step.replace(/\[\d+\]$/, '');
    const child: ResolvedChild | undefined = type?.children.get(name);
    out.push(child?.decl.maxOccurs === 'unbounded' && step === name ? `${name}[1]` : step);
    type = child?.type;
  }
  return `/${out.join('/')}`;
}
