import { text } from '@lib/i18n';
import { IwmoInputError } from '../errors';
import { XmlErrorCode } from '../validation/report';
import { checkXmlLimits } from './xml-limits';

/** The exchange's limit for one message (GGK / VECOZO): 25 MB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The checks every message passes before any parser sees it: the size limit,
 * UTF-8 (iWmo messages are UTF-8), and no document type declaration - so no
 * entity expansion (billion laughs) and no external entities (XXE) can exist -
 * and the limits on attributes, texts, comments and processing instructions
 * (XML_LIMITS), in one pass. Returns the decoded text. The limits are checked on the bytes
 * before they are decoded: a hostile body of 24 MB is refused without ever becoming a string.
 */
export function readSafeXml(bytes: Uint8Array, maxBytes = DEFAULT_MAX_MESSAGE_BYTES): string {
  if (bytes.byteLength > maxBytes) {
    throw new IwmoInputError(XmlErrorCode.TOO_LARGE, text('xml.too-large', { bytes: bytes.byteLength, limit: maxBytes, limitMb: megabytes(maxBytes) }));
  }
  if (bytes.byteLength === 0) throw new IwmoInputError(XmlErrorCode.NOT_WELL_FORMED, text('xml.empty'), 1);
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    throw new IwmoInputError(XmlErrorCode.NOT_UTF8, text('xml.utf16'), 1);
  }
  checkXmlLimits(bytes);
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    const line = lineOfFirstInvalidUtf8(bytes);
    throw new IwmoInputError(XmlErrorCode.NOT_UTF8, text('xml.invalid-utf8', { line }), line);
  }
  checkProlog(decoded);
  return decoded;
}

const DECLARED_ENCODING = /^<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/;

/** Walks the prolog (declaration, comments, processing instructions) up to the root element. */
function checkProlog(xml: string): void {
  const encoding = DECLARED_ENCODING.exec(xml)?.[1];
  if (encoding && encoding.toLowerCase() !== 'utf-8' && encoding.toLowerCase() !== 'utf8') {
    throw new IwmoInputError(XmlErrorCode.NOT_UTF8, text('xml.declared-encoding', { encoding }), 1);
  }
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
    if (xml.startsWith('<?', i)) i = skipPast(xml, i, '?>');
    else if (xml.startsWith('<!--', i)) i = skipPast(xml, i, '-->');
    else if (xml.startsWith('<!', i)) throw new IwmoInputError(XmlErrorCode.DTD_FORBIDDEN, text('xml.doctype'), lineAt(xml, i));
    else return;
  }
}

function skipPast(xml: string, from: number, end: string): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new IwmoInputError(XmlErrorCode.NOT_WELL_FORMED, text('xml.prolog-unterminated'), lineAt(xml, from));
  return at + end.length;
}

function lineAt(xml: string, index: number): number {
  let line = 1;
  for (let i = xml.indexOf('\n'); i >= 0 && i < index; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the longest prefix that decodes, ignoring an incomplete last character.
  let lo = 0;
  let hi = bytes.byteLength;
  const lenient = new TextDecoder('utf-8', { fatal: true });
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      lenient.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  let line = 1;
  for (let i = 0; i < lo; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0);
