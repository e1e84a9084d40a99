import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childElements, localNameOf, parseXml, prefixOf, type LocatedElement, type XmlElement } from './xml-tree';

/**
 * Reads the OFFICIAL iWmo XSDs just far enough to know, for an element of an
 * official example, how often it may occur and - for a leaf - the facets of its
 * simple type. The mutation generator uses this to aim bad values at the real
 * bounds (maxLength, maxInclusive, enumeration, ...). It never decides a verdict:
 * both verdicts come from libxml2.
 *
 * The iWmo XSDs use a small subset of XML Schema (xs:sequence, named and local
 * xs:element, xs:restriction with facets; no choice, ref, any, extension), which
 * is all this reader handles.
 */

const XS = 'http://www.w3.org/2001/XMLSchema';

export interface SimpleFacets {
  /** name of the declared type, e.g. `iwmo:LDT_Datum`, or `anonymous < iwmo:LDT_BerichtCode` */
  typeName: string;
  /** the XML Schema built-in at the bottom of the derivation: string, integer, date, time, ... */
  builtin: string;
  /** the allowed values when the type is a code list (the most derived enumeration) */
  enumeration?: string[];
  /** one array of alternatives per derivation step; a value must match one of each */
  patterns: string[][];
  minLength?: number;
  maxLength?: number;
  minInclusive?: bigint;
  maxInclusive?: bigint;
}

export interface ElementDeclaration {
  minOccurs: number;
  maxOccurs: number;
  /** present for elements of a simple type (the leaves) */
  simple?: SimpleFacets;
}

interface SchemaDocument {
  targetNamespace: string;
  prefixes: Map<string, string>;
  root: XmlElement;
}

interface Named {
  node: XmlElement;
  schema: SchemaDocument;
}

type TypeRef = { kind: 'builtin'; name: string } | { kind: 'complex'; def: Named } | { kind: 'simple'; def: Named };

const attr = (element: XmlElement, name: string): string | undefined =>
  element.attributes.find(([n]) => n === name)?.[1];
const xsChildren = (element: XmlElement, local: string): XmlElement[] =>
  childElements(element).filter((c) => localNameOf(c.name) === local);

export class OfficialSchemas {
  private readonly globals = new Map<string, Named>();
  private readonly complexTypes = new Map<string, Named>();
  private readonly simpleTypes = new Map<string, Named>();

  static load(dir: string): OfficialSchemas {
    const schemas = new OfficialSchemas();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xsd'))) {
      schemas.add(parseXml(readFileSync(join(dir, file), 'utf8')));
    }
    return schemas;
  }

  private add(root: XmlElement): void {
    const prefixes = new Map<string, string>();
    for (const [name, value] of root.attributes) {
      if (name === 'xmlns') prefixes.set('', value);
      else if (name.startsWith('xmlns:')) prefixes.set(name.slice(6), value);
    }
    const schema: SchemaDocument = { targetNamespace: attr(root, 'targetNamespace') ?? '', prefixes, root };
    const maps: Record<string, Map<string, Named>> = {
      element: this.globals,
      complexType: this.complexTypes,
      simpleType: this.simpleTypes,
    };
    for (const child of childElements(root)) {
      const map = maps[localNameOf(child.name)];
      const name = attr(child, 'name');
      if (map && name) map.set(`${schema.targetNamespace}|${name}`, { node: child, schema });
    }
  }

  private resolve(qname: string, schema: SchemaDocument): { namespace: string; local: string } {
    const namespace = schema.prefixes.get(prefixOf(qname));
    if (namespace === undefined) throw new Error(`unknown prefix in ${qname}`);
    return { namespace, local: localNameOf(qname) };
  }

  private typeOf(declaration: Named): TypeRef {
    const { node, schema } = declaration;
    const typeAttr = attr(node, 'type');
    if (typeAttr) {
      const { namespace, local } = this.resolve(typeAttr, schema);
      if (namespace === XS) return { kind: 'builtin', name: local };
      const key = `${namespace}|${local}`;
      const complex = this.complexTypes.get(key);
      if (complex) return { kind: 'complex', def: complex };
      const simple = this.simpleTypes.get(key);
      if (simple) return { kind: 'simple', def: simple };
      throw new Error(`type ${typeAttr} not found`);
    }
    const [complex] = xsChildren(node, 'complexType');
    if (complex) return { kind: 'complex', def: { node: complex, schema } };
    const [simple] = xsChildren(node, 'simpleType');
    if (simple) return { kind: 'simple', def: { node: simple, schema } };
    return { kind: 'builtin', name: 'anyType' };
  }

  /** the local element declarations of a complex type's content, in order */
  private contentOf(complexType: Named): Named[] {
    const out: Named[] = [];
    const walk = (node: XmlElement) => {
      for (const child of childElements(node)) {
        const local = localNameOf(child.name);
        if (local === 'element') out.push({ node: child, schema: complexType.schema });
        else if (local === 'sequence' || local === 'choice' || local === 'all') walk(child);
      }
    };
    walk(complexType.node);
    return out;
  }

  private facetsOf(simpleType: Named, typeName: string): SimpleFacets {
    const [restriction] = xsChildren(simpleType.node, 'restriction');
    if (!restriction) throw new Error(`${typeName}: only restrictions are supported`);
    const base = this.resolve(attr(restriction, 'base') ?? '', simpleType.schema);
    let facets: SimpleFacets;
    if (base.namespace === XS) {
      facets = { typeName, builtin: base.local, patterns: [] };
    } else {
      const baseDef = this.simpleTypes.get(`${base.namespace}|${base.local}`);
      if (!baseDef) throw new Error(`${typeName}: base ${base.local} not found`);
      facets = { ...this.facetsOf(baseDef, typeName), typeName };
    }
    const values = (facet: string) => xsChildren(restriction, facet).map((f) => attr(f, 'value') ?? '');
    const enumeration = values('enumeration');
    if (enumeration.length) facets.enumeration = enumeration;
    const patterns = values('pattern');
    if (patterns.length) facets.patterns = [...facets.patterns, patterns];
    const tighter = (current: number | undefined, value: string | undefined, pick: (a: number, b: number) => number) =>
      value === undefined ? current : current === undefined ? Number(value) : pick(current, Number(value));
    facets.minLength = tighter(facets.minLength, values('minLength')[0], Math.max);
    facets.maxLength = tighter(facets.maxLength, values('maxLength')[0], Math.min);
    const length = values('length')[0];
    if (length !== undefined) facets.minLength = facets.maxLength = Number(length);
    const minInclusive = values('minInclusive')[0];
    if (minInclusive !== undefined) facets.minInclusive = BigInt(minInclusive);
    const maxInclusive = values('maxInclusive')[0];
    if (maxInclusive !== undefined) facets.maxInclusive = BigInt(maxInclusive);
    return facets;
  }

  /** The declaration of an element of an (unmutated) official example; undefined when the schemas do not declare it. */
  declarationOf(located: Pick<LocatedElement, 'localPath' | 'namespacePath'>): ElementDeclaration | undefined {
    const { localPath, namespacePath } = located;
    let declaration = this.globals.get(`${namespacePath[0]}|${localPath[0]}`);
    let occurs = { minOccurs: 1, maxOccurs: 1 };
    for (let i = 1; declaration && i < localPath.length; i++) {
      const type = this.typeOf(declaration);
      if (type.kind !== 'complex') return undefined;
      declaration = this.contentOf(type.def).find(
        (d) => attr(d.node, 'name') === localPath[i] && d.schema.targetNamespace === namespacePath[i],
      );
      if (declaration) {
        const max = attr(declaration.node, 'maxOccurs') ?? '1';
        occurs = {
          minOccurs: Number(attr(declaration.node, 'minOccurs') ?? '1'),
          maxOccurs: max === 'unbounded' ? Infinity : Number(max),
        };
      }
    }
    if (!declaration) return undefined;
    const type = this.typeOf(declaration);
    if (type.kind === 'complex') return occurs;
    if (type.kind === 'builtin') return { ...occurs, simple: { typeName: `xs:${type.name}`, builtin: type.name, patterns: [] } };
    const typeAttr = attr(declaration.node, 'type');
    const [restriction] = xsChildren(type.def.node, 'restriction');
    const schema = declaration.schema;
    const owner = [...schema.prefixes].find(([, ns]) => ns === schema.targetNamespace)?.[0] ?? '';
    const typeName =
      typeAttr ?? `${owner}:${attr(declaration.node, 'name')} (anonymous < ${restriction ? attr(restriction, 'base') : '?'})`;
    return { ...occurs, simple: this.facetsOf(type.def, typeName) };
  }
}
