import { SaxesParser } from 'saxes';

/**
 * A deliberately tiny XML tree for the conformance test: elements keep their
 * qualified names and attributes exactly as written (namespace declarations are
 * ordinary attributes here), so that a mutation can rename a prefix or move a
 * declaration and the serializer writes precisely that back.
 */

export interface XmlText {
  kind: 'text';
  text: string;
}

export interface XmlElement {
  kind: 'element';
  /** qualified name as written, e.g. `wmo305:Bericht` or `Bericht` */
  name: string;
  /** attributes (including xmlns declarations) in document order */
  attributes: Array<[name: string, value: string]>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | XmlText;

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      kind: 'element',
      name: tag.name,
      attributes: Object.entries(tag.attributes as Record<string, string>),
      children: [],
    };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const onText = (text: string) => {
    if (stack.length) stack[stack.length - 1].children.push({ kind: 'text', text });
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root)}\n`;
}

function serializeElement(element: XmlElement): string {
  const attributes = element.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  if (!element.children.length) return `<${element.name}${attributes}/>`;
  const content = element.children.map((child) => (child.kind === 'text' ? escapeText(child.text) : serializeElement(child))).join('');
  return `<${element.name}${attributes}>${content}</${element.name}>`;
}

export function cloneElement(element: XmlElement): XmlElement {
  return structuredClone(element);
}

export const childElements = (element: XmlElement): XmlElement[] =>
  element.children.filter((child): child is XmlElement => child.kind === 'element');

export const isLeaf = (element: XmlElement): boolean => childElements(element).length === 0;

export const textOf = (element: XmlElement): string =>
  element.children.map((child) => (child.kind === 'text' ? child.text : '')).join('');

export const prefixOf = (qname: string): string => (qname.includes(':') ? qname.slice(0, qname.indexOf(':')) : '');
export const localNameOf = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** The namespace declarations in scope at an element, prefix -> URI ('' for the default namespace). */
export type NamespaceScope = ReadonlyMap<string, string>;

export function scopeOf(element: XmlElement, parentScope: NamespaceScope): NamespaceScope {
  const declarations = element.attributes.filter(([name]) => name === 'xmlns' || name.startsWith('xmlns:'));
  if (!declarations.length) return parentScope;
  const scope = new Map(parentScope);
  for (const [name, value] of declarations) scope.set(name === 'xmlns' ? '' : name.slice('xmlns:'.length), value);
  return scope;
}

export function namespaceOf(element: XmlElement, scope: NamespaceScope): string {
  return scope.get(prefixOf(element.name)) ?? '';
}

/** An element of a document with what a mutation needs to know about where it is. */
export interface LocatedElement {
  element: XmlElement;
  parent: XmlElement | null;
  /** namespace URI of the element */
  namespace: string;
  /** e.g. /wmo323:Bericht/wmo323:Declaratie/wmo323:Clienten/wmo323:Client[2]/wmo323:Bsn */
  path: string;
  /** the same without positions, to tell mutations of repeated structures apart from new ones */
  shape: string;
  /** local names from the root down, for looking the declaration up in a schema */
  localPath: string[];
  /** namespace URIs from the root down */
  namespacePath: string[];
}

/** Every element of the tree in document order, with its path. */
export function locateAll(root: XmlElement): LocatedElement[] {
  const out: LocatedElement[] = [];
  const visit = (
    element: XmlElement,
    parent: XmlElement | null,
    parentScope: NamespaceScope,
    step: string,
    parentInfo: Pick<LocatedElement, 'path' | 'shape' | 'localPath' | 'namespacePath'>,
  ) => {
    const scope = scopeOf(element, parentScope);
    const namespace = namespaceOf(element, scope);
    const located: LocatedElement = {
      element,
      parent,
      namespace,
      path: `${parentInfo.path}/${step}`,
      shape: `${parentInfo.shape}/${element.name}`,
      localPath: [...parentInfo.localPath, localNameOf(element.name)],
      namespacePath: [...parentInfo.namespacePath, namespace],
    };
    out.push(located);
    const children = childElements(element);
    for (const child of children) {
      const sameName = children.filter((c) => c.name === child.name);
      const position = sameName.length > 1 ? `[${sameName.indexOf(child) + 1}]` : '';
      visit(child, element, scope, `${child.name}${position}`, located);
    }
  };
  visit(root, null, new Map(), root.name, { path: '', shape: '', localPath: [], namespacePath: [] });
  return out;
}
