import type { MessageCode } from '../registry';

/** The layer that found a problem: well-formedness and size, the XSD, or a rule of the standard. */
export type ErrorLayer = 'xml' | 'xsd' | 'rule';

/**
 * One finding, in the shape `iwmo validate --json` prints (a contract):
 * `code` is the exchange's IB code or our XML-* code for the xml/xsd layers
 * and the retourcode for rules; `rule` names the rule (TR056, CS002) or null.
 */
export interface ValidationError {
  layer: ErrorLayer;
  code: string;
  rule: string | null;
  message: string;
  /** element path without namespace prefixes, e.g. /Bericht/Client/Bsn */
  path: string | null;
  line: number | null;
}

export interface ValidationReport {
  message: MessageCode | null;
  valid: boolean;
  /** distinct retourcodes that signal a finding (never 0200 / 0233) */
  retourcodes: string[];
  errors: ValidationError[];
}

/** Codes of the xml and xsd layers. IB codes are those the national exchange would answer with. */
export const XmlErrorCode = {
  /** larger than the size limit (the exchange: IB003 / IB012) */
  TOO_LARGE: 'IB003',
  /** not a known iWmo 3.2 message type or version (the exchange: IB004) */
  UNKNOWN_MESSAGE: 'IB004',
  /** does not validate against the XSD (the exchange: IB001 / IB014) */
  XSD_INVALID: 'IB001',
  NOT_WELL_FORMED: 'XML-WELLFORMED',
  DTD_FORBIDDEN: 'XML-DTD',
  NOT_UTF8: 'XML-ENCODING',
} as const;

/** Retourcode 0001: "Bericht is afgekeurd om technische redenen." */
export const RETOURCODE_TECHNISCH_AFGEKEURD = '0001';
