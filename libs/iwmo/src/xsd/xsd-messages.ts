import type { MessageCode } from '../registry';
import { elementAt, simpleType } from '../schema/schema-index';
import type { SimpleTypeDef } from '../schema/schema-model';
import { XmlErrorCode, type ValidationError } from '../validation/report';
import type { XsdIssue } from './xsd-protocol';

/**
 * Turns libxml2's schema diagnostics into sentences a billing clerk can act on:
 * the element by its name and path, what was found, and what is allowed (taken
 * from the schema model, with the meaning of codes).
 */
export function describeXsdIssue(code: MessageCode | null, issue: XsdIssue): ValidationError {
  const path = issue.xpath ? issue.xpath.replace(/\/[A-Za-z0-9_]+:/g, '/') : null;
  const raw = issue.message.replace(/\{https?:[^}]*\}/g, '');
  const element = /^Element '([^']+)'/.exec(raw)?.[1] ?? null;
  const type = code && path ? simpleType(elementAt(code, path)?.type ?? '') : undefined;
  return { layer: 'xsd', code: XmlErrorCode.XSD_INVALID, rule: null, message: friendly(raw, element, type), path, line: issue.line };
}

function friendly(raw: string, element: string | null, type: SimpleTypeDef | undefined): string {
  const name = element ?? 'The element';
  let m: RegExpExecArray | null;
  if ((m = /\[facet 'enumeration'\] The value '([^']*)' is not an element of the set/.exec(raw))) {
    return `${name}: '${m[1]}' is not a valid code. Allowed: ${allowedCodes(type) ?? raw.replace(/^.*set /, '')}.`;
  }
  if ((m = /\[facet 'pattern'\] The value '([^']*)' is not accepted by the pattern '([^']*)'/.exec(raw))) {
    return `${name}: '${m[1]}' does not have the required form (${describePattern(m[2]!)}).`;
  }
  if ((m = /\[facet 'maxLength'\] The value has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'/.exec(raw))) {
    return `${name}: the value is ${m[1]} characters long; at most ${m[2]} are allowed.`;
  }
  if ((m = /\[facet 'minLength'\] The value has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'/.exec(raw))) {
    return `${name}: the value is ${m[1]} characters long; at least ${m[2]} are required.`;
  }
  if ((m = /\[facet 'maxInclusive'\] The value '([^']*)' is greater than the maximum value allowed \('([^']*)'\)/.exec(raw))) {
    return `${name}: ${m[1]} is more than the maximum ${m[2]}.`;
  }
  if ((m = /\[facet 'minInclusive'\] The value '([^']*)' is less than the minimum value allowed \('([^']*)'\)/.exec(raw))) {
    return `${name}: ${m[1]} is less than the minimum ${m[2]}.`;
  }
  if ((m = /'([^']*)' is not a valid value of the (?:atomic|local atomic) type/.exec(raw))) {
    return `${name}: '${m[1]}' is not ${expectedForm(type)}.`;
  }
  if ((m = /This element is not expected\. Expected is (?:one of )?\( ([^)]*) \)/.exec(raw))) {
    return `${name} is not allowed here (wrong order, a duplicate, or an unknown element); expected: ${m[1]}.`;
  }
  if (/This element is not expected/.test(raw)) return `${name} is not allowed here: nothing more is expected in its parent.`;
  if ((m = /Missing child element\(s\)\. Expected is (?:one of )?\( ([^)]*) \)/.exec(raw))) {
    return `${name} is incomplete: required element ${m[1]} is missing.`;
  }
  if (/No matching global declaration available for the validation root/.test(raw)) {
    return 'The root element is not Bericht of this message type (check the root element and its namespace).';
  }
  if (/Character content other than whitespace is not allowed/.test(raw)) return `${name} holds elements, not text; remove the text.`;
  return raw.replace(/^Element '[^']+': /, `${name}: `);
}

function allowedCodes(type: SimpleTypeDef | undefined): string | null {
  if (!type?.enumeration) return null;
  const entries = Object.entries(type.enumeration);
  const shown = entries.slice(0, 12).map(([c, label]) => (label ? `${c} (${label})` : c));
  return entries.length > 12 ? `${shown.join(', ')}, ... (${entries.length} codes)` : shown.join(', ');
}

function expectedForm(type: SimpleTypeDef | undefined): string {
  switch (type?.base) {
    case 'integer':
      return type.minInclusive !== undefined && type.maxInclusive !== undefined
        ? `a whole number from ${type.minInclusive} to ${type.maxInclusive} (amounts in cents, no decimal point)`
        : 'a whole number';
    case 'date':
      return 'a date written as YYYY-MM-DD';
    case 'time':
      return 'a time written as hh:mm:ss';
    default:
      return 'a valid value';
  }
}

const KNOWN_PATTERNS: Record<string, string> = {
  '[0-9]{8}': 'exactly 8 digits',
  '[0-9]{9}': 'exactly 9 digits',
  '[0-9]{4}': 'exactly 4 digits',
  '.*[^\\s].*': 'not empty or only spaces',
  '([a-zA-Z0-9])+': 'letters and digits only',
  '[0-9]*': 'digits only',
  '[^:Z]*': 'a date without time zone',
  '[^Z+-]+': 'a time without time zone',
};

const describePattern = (pattern: string) => KNOWN_PATTERNS[pattern] ?? (/^\d+$/.test(pattern) ? `must be ${pattern}` : `pattern ${pattern}`);
