import type { OfficialSchemas, SimpleFacets } from './official-schemas';
import {
  childElements,
  cloneElement,
  isLeaf,
  localNameOf,
  locateAll,
  parseXml,
  prefixOf,
  serializeXml,
  textOf,
  type LocatedElement,
  type XmlElement,
} from './xml-tree';

/**
 * Seeded, deterministic mutations of the official iWmo example messages.
 *
 * Every mutation is one small change to one example, written back as XML text.
 * The generator enumerates every applicable change for every element, drops
 * changes that repeat an earlier one on a repeated structure (the second
 * Prestatie of a declaratie mutated like the first), and then picks `budget`
 * of them round-robin over groups (see `groupOf`): with a budget of at least
 * the number of groups, every element is removed, duplicated and swapped,
 * every simple type meets every applicable bad value, and every message sees
 * every other kind of change on every kind of element.
 *
 * The generator does not predict verdicts; the conformance test compares the
 * verdict of the project's schemas with the verdict of the official ones.
 */

export const BASIS_NS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';
/** a namespace no schema knows */
const FOREIGN_NS = 'urn:example:onbekend';
/** the iWmo 3.1 namespaces: a realistic wrong namespace */
const previousRelease = (namespace: string) => namespace.replace('/iwmo/3_2/', '/iwmo/3_1/');
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

export type MutationKind =
  | 'remove'
  | 'duplicate'
  | 'swap'
  | 'insert-unknown'
  | 'unknown-attribute'
  | 'leaf-value'
  | 'wrong-namespace'
  | 'namespace-spelling';

export const MUTATION_KINDS: readonly MutationKind[] = [
  'remove',
  'duplicate',
  'swap',
  'insert-unknown',
  'unknown-attribute',
  'leaf-value',
  'wrong-namespace',
  'namespace-spelling',
];

/** which element a mutation is aimed at */
export type ElementKind = 'root' | 'message-complex' | 'message-leaf' | 'basis-complex' | 'basis-leaf' | 'document';

export interface Mutation {
  /** e.g. WMO305 */
  message: string;
  kind: MutationKind;
  /** the concrete change, e.g. `above-max`, `default-ns-message`, `after:message-ns` */
  variant: string;
  elementKind: ElementKind;
  /** path of the element concerned in the original example, with positions */
  path: string;
  /** for leaf-value: the declared type of the leaf and the value written */
  leafType?: string;
  value?: string;
  xml: string;
}

export interface Example {
  /** e.g. WMO305 */
  message: string;
  xml: string;
}

export interface GenerateOptions {
  seed: number;
  budget: number;
}

type Candidate = Omit<Mutation, 'xml'> & { key: string; build: () => string };

// ---------------------------------------------------------------- randomness

/** mulberry32: small, fast, and the same sequence on every machine */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ------------------------------------------------------------ tree surgery

const setText = (element: XmlElement, text: string) => {
  element.children = text === '' ? [] : [{ kind: 'text', text }];
};

function indexIn(parent: XmlElement, element: XmlElement): number {
  const index = parent.children.indexOf(element);
  if (index < 0) throw new Error(`${element.name} is not a child of ${parent.name}`);
  return index;
}

function removeElement(parent: XmlElement, element: XmlElement): void {
  const index = indexIn(parent, element);
  const before = parent.children[index - 1];
  const dropIndent = before?.kind === 'text' && before.text.trim() === '';
  parent.children.splice(dropIndent ? index - 1 : index, dropIndent ? 2 : 1);
}

const insertAfter = (parent: XmlElement, element: XmlElement, node: XmlElement) =>
  parent.children.splice(indexIn(parent, element) + 1, 0, node);

const newElement = (name: string, text = '1', attributes: Array<[string, string]> = []): XmlElement => ({
  kind: 'element',
  name,
  attributes,
  children: text === '' ? [] : [{ kind: 'text', text }],
});

const rename = (element: XmlElement, prefix: string) => {
  element.name = prefix ? `${prefix}:${localNameOf(element.name)}` : localNameOf(element.name);
};

const setAttribute = (element: XmlElement, name: string, value: string) => {
  element.attributes = [...element.attributes.filter(([n]) => n !== name), [name, value]];
};
const removeAttribute = (element: XmlElement, name: string) => {
  element.attributes = element.attributes.filter(([n]) => n !== name);
};

// ------------------------------------------------------------- leaf values

/**
 * Values to put into a leaf of the given type instead of `original`: the
 * classic bad values (empty, too long, wrong type, impossible date, unknown
 * code, surrounding spaces, just over a bound) and their valid neighbours
 * (at the bound, another code, a leap day) so that the comparison sees both
 * sides of every facet.
 */
export function leafValues(facets: SimpleFacets, original: string): Array<{ variant: string; value: string }> {
  const out: Array<{ variant: string; value: string }> = [];
  const add = (variant: string, value: string) => {
    if (value !== original && !out.some((o) => o.value === value)) out.push({ variant, value });
  };

  add('empty', '');
  add('whitespace-only', '   ');
  add('leading-space', ` ${original}`);
  add('trailing-space', `${original} `);
  add('surrounding-newlines', `\n\t\t${original}\n\t`);

  switch (facets.builtin) {
    case 'integer': {
      add('letters-in-number', `${original}a`);
      add('decimal-fraction', `${original}.5`);
      add('decimal-zero', `${original}.0`);
      add('exponent', '1e3');
      add('plus-sign', `+${original}`);
      add('leading-zeros', `00${original}`);
      if (facets.minInclusive === undefined) add('negative', `-${original === '0' ? '1' : original}`);
      add('huge-number', '9'.repeat(40));
      if (facets.minInclusive !== undefined) {
        add('min-bound', String(facets.minInclusive));
        add('below-min', String(facets.minInclusive - 1n));
      }
      if (facets.maxInclusive !== undefined) {
        add('max-bound', String(facets.maxInclusive));
        add('above-max', String(facets.maxInclusive + 1n));
      }
      break;
    }
    case 'date': {
      add('invalid-month', '2023-13-01');
      add('feb-30', '2023-02-30');
      add('feb-29-non-leap-year', '2023-02-29');
      add('feb-29-leap-year', '2024-02-29');
      add('day-31-in-30-day-month', '2023-04-31');
      add('dutch-notation', original.split('-').reverse().join('-'));
      add('two-digit-year', original.slice(2));
      add('with-timezone-z', `${original}Z`);
      add('with-offset', `${original}+01:00`);
      add('date-time', `${original}T12:00:00`);
      add('letters', 'gisteren');
      break;
    }
    case 'time': {
      add('hour-25', '25:00:00');
      add('without-seconds', original.slice(0, 5));
      add('with-timezone-z', `${original}Z`);
      add('with-offset', `${original}+01:00`);
      break;
    }
    default: {
      // strings
      if (facets.enumeration) {
        const codes = facets.enumeration;
        const unknown = ['9', '8', '7', 'Z', 'X', '0']
          .map((c) => c.repeat(Math.max(1, original.length)))
          .find((c) => !codes.includes(c));
        if (unknown) add('bad-code', unknown);
        const others = codes.filter((c) => c !== original);
        if (others.length) add('other-code', others[0]);
        if (others.length > 1) add('last-code', others[others.length - 1]);
        add('code-lowercase', original.toLowerCase());
        if (/^0+./.test(original)) add('code-without-leading-zero', original.replace(/^0+/, ''));
        add('code-with-leading-zero', `0${original}`);
        break;
      }
      const digitsOnly = /^[0-9]+$/.test(original);
      const fill = digitsOnly ? '1' : 'A';
      if (facets.maxLength !== undefined) {
        add('at-max-length', (original + fill.repeat(facets.maxLength)).slice(0, facets.maxLength));
        add('over-max-length', (original + fill.repeat(facets.maxLength + 1)).slice(0, facets.maxLength + 1));
      } else {
        add('very-long', original + fill.repeat(500));
      }
      if (facets.minLength !== undefined && facets.minLength > 1) {
        add('under-min-length', original.slice(0, facets.minLength - 1));
      }
      add('one-shorter', original.slice(0, -1));
      add('one-longer', original + original.slice(-1));
      const lastDigit = /([0-9])([^0-9]*)$/.exec(original);
      if (lastDigit) {
        const changed = String((Number(lastDigit[1]) + 1) % 10);
        add('changed-digit', original.slice(0, lastDigit.index) + changed + lastDigit[2]);
      }
      if (digitsOnly) add('letters-in-number', `${original.slice(0, -1)}A`);
      add('leading-zero', `0${original}`);
      const shortEnough = (value: string) => (facets.maxLength === undefined ? value : value.slice(0, facets.maxLength));
      add('inner-space', shortEnough(original.length > 1 ? `${original[0]} ${original.slice(1)}` : `${original} ${original}`));
      add('non-ascii', shortEnough('Zoë'));
      add('xml-special-characters', shortEnough('A&B<C>'));
    }
  }
  return out;
}

// ------------------------------------------------------------ the generator

interface ParsedExample {
  message: string;
  root: XmlElement;
  located: LocatedElement[];
  messageNs: string;
  messagePrefix: string;
  basisPrefix: string;
}

function parseExample(example: Example): ParsedExample {
  const root = parseXml(example.xml);
  const located = locateAll(root);
  const messageNs = located[0].namespace;
  const prefixFor = (ns: string) => {
    const declaration = root.attributes.find(([name, value]) => name.startsWith('xmlns:') && value === ns);
    if (!declaration) throw new Error(`${example.message}: no prefix declared on the root for ${ns}`);
    return declaration[0].slice('xmlns:'.length);
  };
  return { message: example.message, root, located, messageNs, messagePrefix: prefixFor(messageNs), basisPrefix: prefixFor(BASIS_NS) };
}

/**
 * A change applied to a fresh copy of the example; `index` is the element's
 * position in document order (the same in the copy as in the original).
 */
function derive(
  example: ParsedExample,
  change: (copy: { root: XmlElement; located: LocatedElement[] }) => void,
): () => string {
  return () => {
    const root = cloneElement(example.root);
    change({ root, located: locateAll(root) });
    return serializeXml(root);
  };
}

function elementKindOf(example: ParsedExample, located: LocatedElement): ElementKind {
  if (!located.parent) return 'root';
  const side = located.namespace === BASIS_NS ? 'basis' : 'message';
  return `${side}-${isLeaf(located.element) ? 'leaf' : 'complex'}` as ElementKind;
}

function candidatesFor(
  example: ParsedExample,
  schemas: OfficialSchemas,
  examples: ParsedExample[],
  random: () => number,
): Candidate[] {
  const out: Candidate[] = [];
  const { message, messageNs, messagePrefix, basisPrefix } = example;
  const push = (
    located: LocatedElement,
    kind: MutationKind,
    variant: string,
    change: (target: LocatedElement, copy: { root: XmlElement; located: LocatedElement[] }) => void,
    extra: { leafType?: string; value?: string; elementKind?: ElementKind } = {},
  ) => {
    const index = example.located.indexOf(located);
    out.push({
      message,
      kind,
      variant,
      elementKind: extra.elementKind ?? elementKindOf(example, located),
      path: located.path,
      leafType: extra.leafType,
      value: extra.value,
      key: [message, kind, variant, located.shape, extra.value ?? ''].join('|'),
      build: derive(example, (copy) => change(copy.located[index], copy)),
    });
  };
  const leaves = example.located.filter((l) => l.parent && isLeaf(l.element));

  for (const located of example.located) {
    const { element, parent } = located;
    const kind = elementKindOf(example, located);
    const prefix = prefixOf(element.name);
    const local = localNameOf(element.name);

    // --- structure
    if (parent) {
      push(located, 'remove', 'remove', (t) => removeElement(t.parent!, t.element));
      push(located, 'duplicate', 'duplicate', (t) => insertAfter(t.parent!, t.element, cloneElement(t.element)));
      const siblings = childElements(parent);
      const next = siblings[siblings.indexOf(element) + 1];
      if (next) {
        const variant = next.name === element.name ? 'swap-same-name' : 'swap-with-next';
        push(located, 'swap', variant, (t) => {
          const i = indexIn(t.parent!, t.element);
          const nextCopy = childElements(t.parent!)[childElements(t.parent!).indexOf(t.element) + 1];
          const j = indexIn(t.parent!, nextCopy);
          [t.parent!.children[i], t.parent!.children[j]] = [t.parent!.children[j], t.parent!.children[i]];
        });
      }
      push(located, 'insert-unknown', 'after:same-ns', (t) =>
        insertAfter(t.parent!, t.element, newElement(prefix ? `${prefix}:Onbekend` : 'Onbekend')),
      );
      push(located, 'insert-unknown', 'after:foreign-ns', (t) =>
        insertAfter(t.parent!, t.element, newElement('x:Onbekend', '1', [['xmlns:x', FOREIGN_NS]])),
      );
      push(located, 'insert-unknown', 'after:no-ns', (t) =>
        insertAfter(t.parent!, t.element, newElement('Onbekend', '1', prefix ? [] : [['xmlns', '']])),
      );
      // an element the schemas know, but from another place in the message
      const elsewhere = leaves.filter((l) => l.parent !== parent && l.element.name !== element.name);
      if (elsewhere.length) {
        const stranger = elsewhere[Math.floor(random() * elsewhere.length)];
        const strangerIndex = example.located.indexOf(stranger);
        push(located, 'insert-unknown', 'after:known-element-from-elsewhere', (t, copy) =>
          insertAfter(t.parent!, t.element, cloneElement(copy.located[strangerIndex].element)),
        );
      }
    }
    if (isLeaf(element) && parent) {
      push(located, 'insert-unknown', 'child-in-leaf', (t) => {
        t.element.children.push(newElement(`${prefix}:Onbekend`));
      });
    } else if (!isLeaf(element)) {
      push(located, 'insert-unknown', 'first-child', (t) => {
        t.element.children.unshift(newElement(`${childElements(t.element)[0].name.split(':')[0]}:Onbekend`));
      });
      push(located, 'insert-unknown', 'text-in-complex', (t) => {
        t.element.children.unshift({ kind: 'text', text: 'tekst' });
      });
    }

    // --- attributes
    push(located, 'unknown-attribute', 'unqualified', (t) => setAttribute(t.element, 'status', '1'));
    push(located, 'unknown-attribute', 'foreign-ns', (t) => {
      setAttribute(t.element, 'xmlns:x', FOREIGN_NS);
      setAttribute(t.element, 'x:status', '1');
    });
    push(located, 'unknown-attribute', 'xsi-nil', (t) => {
      setAttribute(t.element, 'xmlns:xsi', XSI_NS);
      setAttribute(t.element, 'xsi:nil', 'true');
      if (isLeaf(t.element)) setText(t.element, '');
    });

    // --- leaf values
    if (parent && isLeaf(element)) {
      const declaration = schemas.declarationOf(located);
      if (!declaration?.simple) throw new Error(`${message} ${located.path}: no simple type in the official schemas`);
      const facets = declaration.simple;
      for (const { variant, value } of leafValues(facets, textOf(element))) {
        push(located, 'leaf-value', variant, (t) => setText(t.element, value), { leafType: facets.typeName, value });
      }
    }

    // --- wrong namespace on one element
    if (!parent) {
      const others = examples.filter((e) => e !== example);
      const other = others[Math.floor(random() * others.length)];
      push(located, 'wrong-namespace', `root-in-${other.message.toLowerCase()}-ns`, (t) => {
        rename(t.element, 'other');
        setAttribute(t.element, 'xmlns:other', other.messageNs);
      });
      push(located, 'wrong-namespace', 'root-in-basis-ns', (t) => rename(t.element, basisPrefix));
      push(located, 'wrong-namespace', 'root-without-ns', (t) => rename(t.element, ''));
      push(located, 'wrong-namespace', 'message-ns-of-release-3.1', (t) =>
        setAttribute(t.element, `xmlns:${messagePrefix}`, previousRelease(messageNs)),
      );
      push(located, 'wrong-namespace', 'basis-ns-of-release-3.1', (t) =>
        setAttribute(t.element, `xmlns:${basisPrefix}`, previousRelease(BASIS_NS)),
      );
    } else {
      const inBasis = located.namespace === BASIS_NS;
      push(located, 'wrong-namespace', inBasis ? 'basis-element-in-message-ns' : 'message-element-in-basis-ns', (t) =>
        rename(t.element, inBasis ? messagePrefix : basisPrefix),
      );
      push(located, 'wrong-namespace', 'foreign-ns', (t) => {
        rename(t.element, 'x');
        setAttribute(t.element, 'xmlns:x', FOREIGN_NS);
      });
      push(located, 'wrong-namespace', 'no-ns', (t) => {
        rename(t.element, '');
        setAttribute(t.element, 'xmlns', '');
      });
      push(located, 'wrong-namespace', 'release-3.1-ns', (t) => {
        rename(t.element, 'old');
        setAttribute(t.element, 'xmlns:old', previousRelease(located.namespace));
      });
    }
  }

  // --- the same document spelled with other prefixes / default namespaces (all valid)
  const root = example.located[0];
  const spell = (variant: string, change: (copy: { root: XmlElement; located: LocatedElement[] }) => void) =>
    push(root, 'namespace-spelling', variant, (_t, copy) => change(copy), { elementKind: 'document' });
  const renameWhere = (located: LocatedElement[], namespace: string, prefix: string) => {
    for (const l of located) if (l.namespace === namespace) rename(l.element, prefix);
  };
  /** basis elements whose parent is a message element: where a basis subtree starts */
  const basisTops = (located: LocatedElement[]) =>
    located.filter((l) => l.namespace === BASIS_NS && l.parent && !located.some((p) => p.element === l.parent && p.namespace === BASIS_NS));
  const messageDeclaration = `xmlns:${messagePrefix}`;
  const basisDeclaration = `xmlns:${basisPrefix}`;

  spell('message-prefix-renamed', ({ root: r, located }) => {
    renameWhere(located, messageNs, 'm');
    removeAttribute(r, messageDeclaration);
    setAttribute(r, 'xmlns:m', messageNs);
  });
  spell('basis-prefix-renamed', ({ root: r, located }) => {
    renameWhere(located, BASIS_NS, 'b');
    removeAttribute(r, basisDeclaration);
    setAttribute(r, 'xmlns:b', BASIS_NS);
  });
  spell('prefixes-swapped', ({ root: r, located }) => {
    renameWhere(located, messageNs, basisPrefix);
    renameWhere(located, BASIS_NS, messagePrefix);
    setAttribute(r, messageDeclaration, BASIS_NS);
    setAttribute(r, basisDeclaration, messageNs);
  });
  spell('default-ns-message', ({ root: r, located }) => {
    renameWhere(located, messageNs, '');
    removeAttribute(r, messageDeclaration);
    setAttribute(r, 'xmlns', messageNs);
  });
  spell('default-ns-basis-on-root', ({ root: r, located }) => {
    renameWhere(located, BASIS_NS, '');
    removeAttribute(r, basisDeclaration);
    setAttribute(r, 'xmlns', BASIS_NS);
  });
  spell('default-ns-basis-per-subtree', ({ root: r, located }) => {
    renameWhere(located, BASIS_NS, '');
    removeAttribute(r, basisDeclaration);
    for (const top of basisTops(located)) setAttribute(top.element, 'xmlns', BASIS_NS);
  });
  spell('default-ns-everywhere', ({ root: r, located }) => {
    renameWhere(located, messageNs, '');
    renameWhere(located, BASIS_NS, '');
    removeAttribute(r, messageDeclaration);
    removeAttribute(r, basisDeclaration);
    setAttribute(r, 'xmlns', messageNs);
    for (const top of basisTops(located)) setAttribute(top.element, 'xmlns', BASIS_NS);
  });
  spell('basis-declared-per-subtree', ({ root: r, located }) => {
    removeAttribute(r, basisDeclaration);
    for (const top of basisTops(located)) setAttribute(top.element, basisDeclaration, BASIS_NS);
  });
  spell('redundant-declarations', ({ root: r, located }) => {
    setAttribute(r, 'xmlns:xsi', XSI_NS);
    setAttribute(r, 'xmlns:ongebruikt', FOREIGN_NS);
    for (const l of located.filter((x) => x.parent && !isLeaf(x.element))) setAttribute(l.element, basisDeclaration, BASIS_NS);
  });
  spell('xsi-schema-location', ({ root: r }) => {
    setAttribute(r, 'xmlns:xsi', XSI_NS);
    setAttribute(r, 'xsi:schemaLocation', `${messageNs} ${message.toLowerCase()}.xsd`);
  });

  return out;
}

/**
 * The groups the round-robin draws from:
 * - removing, duplicating and swapping is done to every (distinct) element: each its own group,
 *   so that every minOccurs, maxOccurs and sequence position of the examples is checked;
 * - values are grouped by declared type and variant, so that every variant is tried on every
 *   simple type the examples use;
 * - everything else by message, kind, variant and kind of element.
 */
function groupOf(candidate: Candidate): string {
  if (candidate.kind === 'remove' || candidate.kind === 'duplicate' || candidate.kind === 'swap') return candidate.key;
  if (candidate.kind === 'leaf-value') return [candidate.kind, candidate.leafType, candidate.variant].join('|');
  return [candidate.message, candidate.kind, candidate.variant, candidate.elementKind].join('|');
}

export interface MutationSet {
  mutations: Mutation[];
  /** how many distinct changes there were to choose from */
  candidates: number;
  /** how many groups the round-robin drew from; a budget of at least this many takes one of each */
  groups: number;
}

/**
 * The mutations of the given examples: deterministic for a given seed and
 * budget, drawn round-robin over the groups of `groupOf`.
 */
export function generateMutations(examples: Example[], schemas: OfficialSchemas, options: GenerateOptions): MutationSet {
  const random = seededRandom(options.seed);
  const parsed = examples.map(parseExample);
  const seen = new Set<string>();
  const groups = new Map<string, Candidate[]>();
  for (const example of parsed) {
    for (const candidate of candidatesFor(example, schemas, parsed, random)) {
      if (seen.has(candidate.key)) continue;
      seen.add(candidate.key);
      const group = groupOf(candidate);
      groups.set(group, [...(groups.get(group) ?? []), candidate]);
    }
  }
  const queues = [...groups.keys()].sort().map((key) => shuffle(groups.get(key)!, random));
  const picked: Candidate[] = [];
  while (picked.length < options.budget && queues.some((q) => q.length)) {
    for (const queue of shuffle(queues, random)) {
      const next = queue.shift();
      if (next && picked.length < options.budget) picked.push(next);
    }
  }
  return {
    mutations: picked.map(({ key: _key, build, ...mutation }) => ({ ...mutation, xml: build() })),
    candidates: seen.size,
    groups: groups.size,
  };
}

/** a compact description for assertion messages */
export const describeMutation = (m: Mutation): string =>
  `${m.message} ${m.kind}/${m.variant} [${m.elementKind}] at ${m.path}` +
  (m.value !== undefined ? ` value=${JSON.stringify(m.value)} (${m.leafType})` : '');
