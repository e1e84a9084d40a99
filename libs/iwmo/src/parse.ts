import { text, type Text } from '@lib/i18n';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { IwmoInputError } from './errors';
import type { MessageBodies } from './generated/message-types';
import { IWMO_VERSION, MESSAGE_TYPES, messageTypeByNamespace, type MessageCode } from './registry';
import { rootType, type ResolvedComplexType } from './schema/schema-index';
import type { ElementDef } from './schema/schema-model';
import { DEFAULT_MAX_MESSAGE_BYTES, readSafeXml } from './xml/safe-input';
import { XmlErrorCode } from './validation/report';

/** A parsed message: its type and its typed body (the Bericht element). */
export type ParsedMessage = { [C in MessageCode]: { code: C; bericht: MessageBodies[C] } }[MessageCode];
export type ParsedMessageOf<C extends MessageCode> = { code: C; bericht: MessageBodies[C] };

export interface ParseOptions {
  maxBytes?: number;
}

interface Frame {
  decl: ElementDef;
  /** null for a leaf (simple type) */
  type: ResolvedComplexType | null;
  value: Record<string, unknown>;
  text: string;
}

/** The element path of the open elements, for error messages only (not built per element). */
const pathOf = (stack: Frame[], extra?: string) => [...stack.map((f) => f.decl.name), ...(extra ? [extra] : [])].join('/').replace(/^/, '/');

/**
 * Reads an iWmo 3.2 message into its typed model. Namespace-aware: prefixes
 * are free, only the namespace URIs count. The message type comes from the
 * root's namespace and is checked against the header's BerichtCode, BerichtVersie
 * and BerichtSubversie. Leaf values keep their lexical form. Streaming (saxes),
 * so a 25 MB declaratie is read without an intermediate document tree.
 */
export function parse(input: Uint8Array | string, options: ParseOptions = {}): ParsedMessage {
  const reader = createReader();
  reader.write(safeText(input, options));
  return reader.close();
}

const CHUNK = 256 * 1024;
const NON_WHITESPACE = /\S/;
/** shared placeholder for leaf frames, which collect text instead */
const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const ROOT_DECL: ElementDef = { name: 'Bericht', type: 'Root', minOccurs: 1, maxOccurs: 1 };

/**
 * As `parse`, but feeds the parser in chunks and yields to the event loop between
 * them, so that reading a 25 MB declaratie never stalls other requests.
 */
export async function parseAsync(input: Uint8Array | string, options: ParseOptions = {}): Promise<ParsedMessage> {
  return parseSafeTextAsync(safeText(input, options));
}

/** `parseAsync` for text that has already passed `readSafeXml`. */
export async function parseSafeTextAsync(text: string): Promise<ParsedMessage> {
  const reader = createReader();
  for (let at = 0; at < text.length; at += CHUNK) {
    reader.write(text.slice(at, at + CHUNK));
    if (at + CHUNK < text.length) await new Promise((resolve) => setImmediate(resolve));
  }
  return reader.close();
}

function safeText(input: Uint8Array | string, options: ParseOptions): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return readSafeXml(bytes, options.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
}

function createReader(): { write(chunk: string): void; close(): ParsedMessage } {

  const parser = new SaxesParser({ xmlns: true, position: true });
  let code: MessageCode | undefined;
  let body: Record<string, unknown> | undefined;
  const stack: Frame[] = [];
  const fail = (xmlCode: (typeof XmlErrorCode)[keyof typeof XmlErrorCode], said: Text, path: string | null = null): never => {
    throw new IwmoInputError(xmlCode, said, parser.line, path);
  };

  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (code) fail(XmlErrorCode.NOT_WELL_FORMED, text('xml.more-than-one-root'));
      const type = messageTypeByNamespace(tag.uri);
      if (!type || tag.local !== 'Bericht') {
        fail(XmlErrorCode.UNKNOWN_MESSAGE, text('xml.root-not-iwmo-namespaces', { namespace: tag.uri, name: tag.local }), `/${tag.local}`);
      }
      code = type!.code;
      const root = rootType(code);
      body = {};
      stack.push({ decl: ROOT_DECL, type: root, value: body, text: '' });
      return;
    }
    const child = parent.type?.children.get(tag.local);
    if (!child || tag.uri !== parent.type!.childNamespace) {
      const path = pathOf(stack, tag.local);
      if (!parent.type) fail(XmlErrorCode.XSD_INVALID, text('xml.element-in-value', { element: tag.local, parent: parent.decl.name }), path);
      if (!child) {
        const expected = parent.type!.elements.map((e) => e.name).join(', ');
        fail(XmlErrorCode.XSD_INVALID, text('xml.element-unknown', { element: tag.local, parent: parent.decl.name, expected }), path);
      }
      fail(XmlErrorCode.XSD_INVALID, text('xml.element-namespace', { element: tag.local, namespace: tag.uri, expected: parent.type!.childNamespace }), path);
    }
    stack.push({ decl: child!.decl, type: child!.type, value: child!.type ? {} : EMPTY, text: '' });
  });

  parser.on('text', (t: string) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (!top.type) top.text += t;
    else if (NON_WHITESPACE.test(t)) fail(XmlErrorCode.XSD_INVALID, text('xml.element-text', { element: top.decl.name, text: t.trim().slice(0, 40) }), pathOf(stack));
  });

  parser.on('closetag', () => {
    const frame = stack.pop()!;
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const value = frame.type ? frame.value : frame.text;
    const slot = parent.value;
    if (frame.decl.maxOccurs === 'unbounded') {
      ((slot[frame.decl.name] ??= []) as unknown[]).push(value);
    } else if (frame.decl.name in slot) {
      fail(XmlErrorCode.XSD_INVALID, text('xml.element-repeated', { element: frame.decl.name, parent: parent.decl.name }), pathOf(stack, frame.decl.name));
    } else slot[frame.decl.name] = value;
  });

  parser.on('doctype', () => fail(XmlErrorCode.DTD_FORBIDDEN, text('xml.doctype-not-allowed')));
  parser.on('error', (error: Error) => {
    throw new IwmoInputError(XmlErrorCode.NOT_WELL_FORMED, text('xml.not-well-formed', { detail: error.message.replace(/^.*?:\d+:\d+: /, '') }), parser.line);
  });

  return {
    write: (chunk) => void parser.write(chunk),
    close: () => {
      parser.close();
      if (!code || !body) throw new IwmoInputError(XmlErrorCode.NOT_WELL_FORMED, text('xml.no-root'), 1);
      checkHeader(code, body);
      return { code, bericht: body } as unknown as ParsedMessage;
    },
  };
}

function checkHeader(code: MessageCode, body: Record<string, unknown>): void {
  const header = body['Header'] as Record<string, string> | undefined;
  const type = MESSAGE_TYPES[code];
  if (!header) throw new IwmoInputError(XmlErrorCode.XSD_INVALID, text('xml.header-missing', { code }), null, '/Bericht/Header');
  const given = (name: string): string | Text => header[name] ?? text('xml.none');
  if (header['BerichtCode'] !== type.berichtCode) {
    const said = text('xml.berichtcode-mismatch', { code, berichtCode: type.berichtCode, found: given('BerichtCode') });
    throw new IwmoInputError(XmlErrorCode.UNKNOWN_MESSAGE, said, null, '/Bericht/Header/BerichtCode');
  }
  if (header['BerichtVersie'] !== IWMO_VERSION.BerichtVersie || header['BerichtSubversie'] !== IWMO_VERSION.BerichtSubversie) {
    const said = text('xml.version', { versie: given('BerichtVersie'), subversie: given('BerichtSubversie') });
    throw new IwmoInputError(XmlErrorCode.UNKNOWN_MESSAGE, said, null, '/Bericht/Header/BerichtVersie');
  }
}
