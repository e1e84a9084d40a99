import { text, type Text } from '@lib/i18n';
import type { MessageCode } from '../registry';
import { elementAt, simpleType } from '../schema/schema-index';
import type { SimpleTypeDef } from '../schema/schema-model';
import { wording, XmlErrorCode, type ValidationError } from '../validation/report';
import type { XsdIssue } from './xsd-protocol';

/**
 * Turns libxml2's schema diagnostics into sentences a billing clerk can act on:
 * the element by its name and path, what was found, and what is allowed (taken
 * from the schema model, with the meaning of codes). The sentence is a catalogue
 * text; `message` holds it in Dutch.
 */
export function describeXsdIssue(code: MessageCode | null, issue: XsdIssue): ValidationError {
  const path = issue.xpath ? issue.xpath.replace(/\/[A-Za-z0-9_]+:/g, '/') : null;
  const raw = issue.message.replace(/\{https?:[^}]*\}/g, '');
  const element = /^Element '([^']+)'/.exec(raw)?.[1] ?? null;
  const type = code && path ? simpleType(elementAt(code, path)?.type ?? '') : undefined;
  return { layer: 'xsd', code: XmlErrorCode.XSD_INVALID, rule: null, ...wording(friendly(raw, element, type)), path, line: issue.line };
}

function friendly(raw: string, element: string | null, type: SimpleTypeDef | undefined): Text {
  const name = element ?? text('xml.the-element');
  let m: RegExpExecArray | null;
  if ((m = /\[facet 'enumeration'\] The value '([^']*)' is not an element of the set/.exec(raw))) {
    return text('xml.xsd.enumeration', { element: name, value: m[1]!, allowed: allowedCodes(type) ?? raw.replace(/^.*set /, '') });
  }
  if ((m = /\[facet 'pattern'\] The value '([^']*)' is not accepted by the pattern '([^']*)'/.exec(raw))) {
    return text('xml.xsd.pattern', { element: name, value: m[1]!, form: describePattern(m[2]!) });
  }
  if ((m = /\[facet 'maxLength'\] The value has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'/.exec(raw))) {
    return text('xml.xsd.max-length', { element: name, length: Number(m[1]), max: Number(m[2]) });
  }
  if ((m = /\[facet 'minLength'\] The value has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'/.exec(raw))) {
    return text('xml.xsd.min-length', { element: name, length: Number(m[1]), min: Number(m[2]) });
  }
  if ((m = /\[facet 'maxInclusive'\] The value '([^']*)' is greater than the maximum value allowed \('([^']*)'\)/.exec(raw))) {
    return text('xml.xsd.max-inclusive', { element: name, value: m[1]!, max: m[2]! });
  }
  if ((m = /\[facet 'minInclusive'\] The value '([^']*)' is less than the minimum value allowed \('([^']*)'\)/.exec(raw))) {
    return text('xml.xsd.min-inclusive', { element: name, value: m[1]!, min: m[2]! });
  }
  if ((m = /'([^']*)' is not a valid value of the (?:atomic|local atomic) type/.exec(raw))) {
    return text('xml.xsd.type', { element: name, value: m[1]!, form: expectedForm(type) });
  }
  if ((m = /This element is not expected\. Expected is (?:one of )?\( ([^)]*) \)/.exec(raw))) {
    return text('xml.xsd.not-expected-list', { element: name, expected: m[1]! });
  }
  if (/This element is not expected/.test(raw)) return text('xml.xsd.not-expected', { element: name });
  if ((m = /Missing child element\(s\)\. Expected is (?:one of )?\( ([^)]*) \)/.exec(raw))) {
    return text('xml.xsd.missing-child', { element: name, expected: m[1]! });
  }
  if (/No matching global declaration available for the validation root/.test(raw)) return text('xml.xsd.wrong-root');
  if (/Character content other than whitespace is not allowed/.test(raw)) return text('xml.xsd.text-in-elements', { element: name });
  // libxml2's own words, as they are
  const prefix = /^Element '[^']+': /.exec(raw);
  return prefix ? text('xml.xsd.raw-element', { element: name, detail: raw.slice(prefix[0].length) }) : text('xml.xsd.raw', { detail: raw });
}

/** The codes of an enumeration with their betekenis (the first 12 of a long list). */
function allowedCodes(type: SimpleTypeDef | undefined): string | Text | null {
  if (!type?.enumeration) return null;
  const entries = Object.entries(type.enumeration);
  const shown = entries.slice(0, 12).map(([c, label]) => (label ? `${c} (${label})` : c)).join(', ');
  return entries.length > 12 ? text('xml.xsd.codes-more', { shown, count: entries.length }) : shown;
}

function expectedForm(type: SimpleTypeDef | undefined): Text {
  switch (type?.base) {
    case 'integer':
      return type.minInclusive !== undefined && type.maxInclusive !== undefined
        ? text('xml.form.integer-range', { min: type.minInclusive, max: type.maxInclusive })
        : text('xml.form.integer');
    case 'date':
      return text('xml.form.date');
    case 'time':
      return text('xml.form.time');
    default:
      return text('xml.form.valid');
  }
}

const KNOWN_PATTERNS: Record<string, Text> = {
  '[0-9]{8}': text('xml.form.digits', { count: 8 }),
  '[0-9]{9}': text('xml.form.digits', { count: 9 }),
  '[0-9]{4}': text('xml.form.digits', { count: 4 }),
  '.*[^\\s].*': text('xml.form.not-blank'),
  '([a-zA-Z0-9])+': text('xml.form.letters-and-digits'),
  '[0-9]*': text('xml.form.digits-only'),
  '[^:Z]*': text('xml.form.date-without-zone'),
  '[^Z+-]+': text('xml.form.time-without-zone'),
};

const describePattern = (pattern: string): Text =>
  KNOWN_PATTERNS[pattern] ?? (/^\d+$/.test(pattern) ? text('xml.form.literal', { value: pattern }) : text('xml.form.pattern', { pattern }));
