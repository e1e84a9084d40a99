import { render, renderStored, text, type Lang, type Text } from '@lib/i18n';
import type { MessageCode } from '../registry';

/** The layer that found a problem: well-formedness and size, the XSD, or a rule of the standard. */
/** input: the file itself could not be read (`iwmo validate` of a missing file) */
export type ErrorLayer = 'input' | 'xml' | 'xsd' | 'rule';

/**
 * One finding, in the shape `iwmo validate --json` prints (a contract):
 * `code` is the exchange's IB code or our XML-* code for the xml/xsd layers
 * and the retourcode for rules; `rule` names the rule (TR056, CS002) or null.
 */
export interface ValidationError {
  layer: ErrorLayer;
  code: string;
  rule: string | null;
  /** what is wrong and how to fix it, in Dutch unless the answer was asked in another language */
  message: string;
  /** the words of `message` as a catalogue text, so that an answer can be said in another language (never in an answer) */
  text?: Text;
  /** element path without namespace prefixes, e.g. /Bericht/Client/Bsn */
  path: string | null;
  line: number | null;
  /** only on the ERRORS-OMITTED entry: what was left out, per kind */
  omitted?: OmittedErrors[];
}

export interface ValidationReport {
  message: MessageCode | null;
  valid: boolean;
  /** distinct retourcodes that signal a finding (never 0200 / 0233) */
  retourcodes: string[];
  errors: ValidationError[];
}

/** The `message` (said in Dutch) and the `text` of an error that says `said`. */
export const wording = (said: Text): { message: string; text: Text } => ({ message: render(said), text: said });

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
  /** past a limit the standard allows (attributes, length of a value, text, comment; see XML_LIMITS) */
  LIMIT: 'XML-LIMIT',
} as const;

/** Errors an answer lists at most: a clerk fixes the first ones; a hostile message cannot make the answer huge. */
export const MAX_ERRORS = 100;

/** The code of the one entry after the first MAX_ERRORS that counts what was left out. */
export const ERRORS_OMITTED = 'ERRORS-OMITTED';

/** Errors left out of a list, by kind. */
export interface OmittedErrors {
  layer: ErrorLayer;
  code: string;
  count: number;
}

/**
 * The first `max` errors, then (when more were found) one ERRORS-OMITTED entry that says how
 * many of which code were left out. `omitted` adds errors that were never listed (the XSD
 * worker hands back at most MAX_XSD_ISSUES). A list that holds an ERRORS-OMITTED entry already
 * is bounded again with its counts kept.
 */
export function boundErrors(errors: readonly ValidationError[], omitted: readonly OmittedErrors[] = [], max = MAX_ERRORS): ValidationError[] {
  const listed = errors.filter((e) => e.code !== ERRORS_OMITTED);
  const counts = new Map<string, OmittedErrors>();
  const add = (o: OmittedErrors) => {
    const key = `${o.layer} ${o.code}`;
    const seen = counts.get(key);
    if (seen) seen.count += o.count;
    else counts.set(key, { ...o });
  };
  for (const e of errors) if (e.code === ERRORS_OMITTED) e.omitted?.forEach(add);
  for (const e of listed.slice(max)) add({ layer: e.layer, code: e.code, count: 1 });
  omitted.filter((o) => o.count > 0).forEach(add);
  if (counts.size === 0) return listed;
  const kinds = [...counts.values()].sort((a, b) => b.count - a.count);
  const total = kinds.reduce((n, k) => n + k.count, 0);
  const kept = listed.slice(0, max);
  const said = text('xml.errors-omitted', { total, kinds: kinds.map((k) => `${k.count} × ${k.code}`).join(', '), shown: kept.length });
  return [...kept, { layer: kinds[0]!.layer, code: ERRORS_OMITTED, rule: null, path: null, line: null, omitted: kinds, ...wording(said) }];
}

/** Retourcode 0001: "Bericht is afgekeurd om technische redenen." */
export const RETOURCODE_TECHNISCH_AFGEKEURD = '0001';

/** The errors as said in `lang`, without their catalogue texts: the form an answer shows. */
export const errorsIn = (lang: Lang, errors: readonly ValidationError[]): ValidationError[] =>
  errors.map(({ text, ...error }) => (text === undefined ? error : { ...error, message: renderStored(text, lang, error.message) }));
