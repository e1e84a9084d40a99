import { text } from '@lib/i18n';
import { IwmoInputError } from '../errors';
import { parseSafeTextAsync, type ParsedMessage } from '../parse';
import { messageTypeByNamespace, type MessageCode } from '../registry';
import { DEFAULT_MAX_MESSAGE_BYTES, readSafeXml } from '../xml/safe-input';
import { describeXsdIssue } from '../xsd/xsd-messages';
import type { XsdValidationPool } from '../xsd/xsd-validation-pool';
import { boundErrors, RETOURCODE_TECHNISCH_AFGEKEURD, wording, XmlErrorCode, type ValidationError, type ValidationReport } from './report';

export interface ValidationOutcome {
  report: ValidationReport;
  /** the typed message, when it passed the XSD */
  parsed?: ParsedMessage;
  /**
   * the typed message of an XSD-invalid message that could still be read (wrong values
   * rather than wrong structure), so a retourbericht can name the classes concerned
   */
  readable?: ParsedMessage;
}

/**
 * Layers 1 and 2 of the standard's validation: safe, well-formed UTF-8 within
 * the size limit and a known message type, then the message's XSD. Rules
 * (layers 3-5) run on the parsed message afterwards.
 */
export class MessageValidator {
  constructor(
    private readonly pool: XsdValidationPool,
    private readonly maxBytes = DEFAULT_MAX_MESSAGE_BYTES,
  ) {}

  async validate(bytes: Uint8Array): Promise<ValidationOutcome> {
    let xml: string;
    try {
      xml = readSafeXml(bytes, this.maxBytes);
    } catch (error) {
      return { report: inputErrorReport(error, null) };
    }
    // The XSD runs in a worker thread while this thread reads the typed model, in chunks that
    // leave the event loop free; the parse result is only used when the XSD accepts the message.
    const parsing = parseSafeTextAsync(xml).then(
      (parsed) => ({ parsed }),
      (error: unknown) => ({ error }),
    );
    const xsd = await this.pool.validate(bytes);
    const code: MessageCode | null = (xsd.rootNamespace && messageTypeByNamespace(xsd.rootNamespace)?.code) || null;
    if (!xsd.wellFormed) {
      const errors = xsd.issues.map((i): ValidationError => ({
        layer: 'xml', code: XmlErrorCode.NOT_WELL_FORMED, rule: null, ...wording(text('xml.not-well-formed', { detail: i.message })), path: null, line: i.line,
      }));
      return { report: { message: null, valid: false, retourcodes: [], errors: boundErrors(errors, [{ layer: 'xml', code: XmlErrorCode.NOT_WELL_FORMED, count: xsd.issuesOmitted }]) } };
    }
    if (!code || xsd.rootName !== 'Bericht' || !xsd.schemaFound) {
      const unknown = text('xml.root-not-iwmo', { namespace: xsd.rootNamespace ?? '', name: xsd.rootName ?? '' });
      const error: ValidationError = { layer: 'xml', code: XmlErrorCode.UNKNOWN_MESSAGE, rule: null, ...wording(unknown), path: `/${xsd.rootName}`, line: 1 };
      return { report: { message: null, valid: false, retourcodes: [], errors: [error] } };
    }
    const read = await parsing;
    if (xsd.issues.length) {
      return {
        report: {
          message: code, valid: false, retourcodes: [RETOURCODE_TECHNISCH_AFGEKEURD],
          errors: boundErrors(xsd.issues.map((i) => describeXsdIssue(code, i)), [{ layer: 'xsd', code: XmlErrorCode.XSD_INVALID, count: xsd.issuesOmitted }]),
        },
        ...('parsed' in read ? { readable: read.parsed } : {}),
      };
    }
    // Valid against the XSD yet unreadable: a header inconsistent with the namespace, say.
    if ('error' in read) return { report: inputErrorReport(read.error, code) };
    return { report: { message: code, valid: true, retourcodes: [], errors: [] }, parsed: read.parsed };
  }
}

function inputErrorReport(error: unknown, code: MessageCode | null): ValidationReport {
  if (!(error instanceof IwmoInputError)) throw error;
  const layer = error.code === XmlErrorCode.XSD_INVALID ? 'xsd' : 'xml';
  return {
    message: code,
    valid: false,
    retourcodes: code ? [RETOURCODE_TECHNISCH_AFGEKEURD] : [],
    errors: [{ layer, code: error.code, rule: null, ...wording(error.text), path: error.path, line: error.line }],
  };
}
