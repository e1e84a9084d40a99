import { text, type Text } from '@lib/i18n';
import { IwmoInputError } from '../errors';
import { XmlErrorCode } from '../validation/report';

/**
 * Limits the standard allows and attackers do not. iWmo 3.2 messages carry no attributes beyond
 * namespace declarations, and their longest field holds 200 characters (maxLength in the XSDs);
 * a hostile body of the same size is one huge attribute, text, comment or a sea of attributes,
 * which would otherwise cost seconds of parsing before the XSD refuses it.
 */
export const XML_LIMITS = {
  /** attributes (namespace declarations included) on one element */
  attributesPerElement: 32,
  /** bytes of one attribute value (a namespace URI is about 60) */
  attributeValueBytes: 1_024,
  /** bytes of one text or CDATA section between tags: 20 times the longest field */
  textBytes: 4_096,
  /** comments in one message, and bytes of one comment */
  comments: 100,
  commentBytes: 4_096,
  /** processing instructions besides the XML declaration, and bytes of one */
  processingInstructions: 10,
  processingInstructionBytes: 1_024,
} as const;

export type XmlLimits = { readonly [K in keyof typeof XML_LIMITS]: number };

const LT = 0x3c; // <
const GT = 0x3e; // >
const BANG = 0x21; // !
const QUESTION = 0x3f; // ?
const SLASH = 0x2f; // /
const QUOT = 0x22; // "
const APOS = 0x27; // '

/**
 * One pass over the bytes, before any parser: refuses (XML-LIMIT, with the line and what the
 * standard allows) an element with too many attributes, a too long attribute value, text,
 * comment or processing instruction, and too many comments or processing instructions. It
 * judges only what it can see; what is not well-formed is left to the parser's verdict.
 */
export function checkXmlLimits(input: Uint8Array, limits: XmlLimits = XML_LIMITS): void {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const n = bytes.length;
  const refuse = (at: number, said: Text): never => {
    throw new IwmoInputError(XmlErrorCode.LIMIT, said, lineAt(bytes, at));
  };
  let comments = 0;
  let instructions = 0;
  let i = 0;
  while (i < n) {
    const lt = bytes.indexOf(LT, i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd - i > limits.textBytes) {
      refuse(i, text('xml.limit.text', { bytes: textEnd - i, limit: limits.textBytes }));
    }
    if (lt < 0) return;
    const next = bytes[lt + 1];
    if (next === BANG && startsAt(bytes, lt, '<!--')) {
      const end = bytes.indexOf('-->', lt + 4);
      if (end < 0) return;
      if (++comments > limits.comments) refuse(lt, text('xml.limit.comments', { limit: limits.comments }));
      if (end - lt - 4 > limits.commentBytes) refuse(lt, text('xml.limit.comment', { bytes: end - lt - 4, limit: limits.commentBytes }));
      i = end + 3;
    } else if (next === BANG && startsAt(bytes, lt, '<![CDATA[')) {
      const end = bytes.indexOf(']]>', lt + 9);
      if (end < 0) return;
      if (end - lt - 9 > limits.textBytes) refuse(lt, text('xml.limit.cdata', { bytes: end - lt - 9, limit: limits.textBytes }));
      i = end + 3;
    } else if (next === QUESTION) {
      const end = bytes.indexOf('?>', lt + 2);
      if (end < 0) return;
      const declaration = startsAt(bytes, lt, '<?xml') && isSpace(bytes[lt + 5]);
      if (!declaration) {
        if (++instructions > limits.processingInstructions) refuse(lt, text('xml.limit.instructions', { limit: limits.processingInstructions }));
        if (end - lt - 2 > limits.processingInstructionBytes) refuse(lt, text('xml.limit.instruction', { bytes: end - lt - 2, limit: limits.processingInstructionBytes }));
      }
      i = end + 2;
    } else if (next === SLASH || next === BANG) {
      const end = bytes.indexOf(GT, lt + 2);
      if (end < 0) return;
      i = end + 1;
    } else {
      i = skipStartTag(bytes, lt, limits, refuse);
    }
  }
}

/** Past the start tag at `lt`, counting its attributes by their quoted values. */
function skipStartTag(bytes: Buffer, lt: number, limits: XmlLimits, refuse: (at: number, said: Text) => never): number {
  let attributes = 0;
  let j = lt + 1;
  while (j < bytes.length) {
    const c = bytes[j]!;
    if (c === GT) return j + 1;
    if (c === LT) return j; // not well-formed: the parser says so
    if (c === QUOT || c === APOS) {
      const close = bytes.indexOf(c, j + 1);
      if (close < 0) return bytes.length;
      if (close - j - 1 > limits.attributeValueBytes) {
        refuse(j, text('xml.limit.attribute-value', { bytes: close - j - 1, limit: limits.attributeValueBytes }));
      }
      if (++attributes > limits.attributesPerElement) {
        refuse(lt, text('xml.limit.attributes', { limit: limits.attributesPerElement }));
      }
      j = close + 1;
    } else j++;
  }
  return j;
}

/** Whether the ASCII `text` stands in `bytes` at `at`. */
function startsAt(bytes: Buffer, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function lineAt(bytes: Buffer, index: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < index; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}
