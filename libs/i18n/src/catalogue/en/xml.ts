import type { xml as nl } from '../nl/xml';

/** English texts: xml, the same keys and parameters as the Dutch section. */
export const xml: typeof nl = {
  // ------------------------------------------------------------ safe input and limits
  'xml.too-large': (p) =>
    `The message is ${p.bytes} bytes; the limit is ${p.limit} bytes (${p.limitMb} MB). Split the declaratie over several messages.`,
  'xml.empty': () => 'The message is empty.',
  'xml.utf16': () => 'The message is encoded as UTF-16; iWmo messages must be UTF-8.',
  'xml.invalid-utf8': (p) => `The message contains bytes that are not valid UTF-8 (first at line ${p.line}); save the file as UTF-8.`,
  'xml.declared-encoding': (p) => `The XML declaration says encoding="${p.encoding}"; iWmo messages must be UTF-8.`,
  'xml.doctype': () => 'The message contains a document type declaration (<!DOCTYPE ...>). DTDs and entities are not allowed in iWmo messages; remove it.',
  'xml.doctype-not-allowed': () => 'Document type declarations are not allowed in iWmo messages.',
  'xml.prolog-unterminated': () => 'The message ends inside its prolog.',
  'xml.limit.text': (p) =>
    `A text of ${p.bytes} bytes is longer than the ${p.limit} bytes allowed (the longest field of iWmo 3.2 holds 200 characters); remove what does not belong in the message.`,
  'xml.limit.comments': (p) => `The message holds more than ${p.limit} comments; remove them (comments are not part of an iWmo message).`,
  'xml.limit.comment': (p) => `A comment of ${p.bytes} bytes is longer than the ${p.limit} bytes allowed; remove it.`,
  'xml.limit.cdata': (p) => `A CDATA section of ${p.bytes} bytes is longer than the ${p.limit} bytes allowed (the longest field of iWmo 3.2 holds 200 characters).`,
  'xml.limit.instructions': (p) => `The message holds more than ${p.limit} processing instructions; remove them.`,
  'xml.limit.instruction': (p) => `A processing instruction of ${p.bytes} bytes is longer than the ${p.limit} bytes allowed; remove it.`,
  'xml.limit.attribute-value': (p) =>
    `An attribute value of ${p.bytes} bytes is longer than the ${p.limit} bytes allowed; iWmo messages have no attributes beyond namespace declarations.`,
  'xml.limit.attributes': (p) =>
    `An element has more than ${p.limit} attributes; iWmo messages have no attributes beyond namespace declarations. Remove them.`,

  // ------------------------------------------------------------ well-formedness and message type
  'xml.not-well-formed': (p) => `The message is not well-formed XML: ${p.detail}`,
  'xml.no-root': () => 'The message has no root element.',
  'xml.more-than-one-root': () => 'The message has more than one root element.',
  'xml.root-not-iwmo': (p) =>
    `The root element {${p.namespace}}${p.name} is not an iWmo 3.2 message (expected Bericht in a http://www.istandaarden.nl/iwmo/3_2/wmo3NN/schema namespace).`,
  'xml.root-not-iwmo-namespaces': (p) =>
    `The root element {${p.namespace}}${p.name} is not an iWmo 3.2 message; expected Bericht in one of the namespaces http://www.istandaarden.nl/iwmo/3_2/wmo3NN/schema.`,
  'xml.header-missing': (p) => `${p.code} has no Header.`,
  'xml.berichtcode-mismatch': (p) => `The namespace says ${p.code} (BerichtCode ${p.berichtCode}) but the header has BerichtCode ${p.found}.`,
  'xml.version': (p) => `This gateway speaks iWmo 3.2; the message says version ${p.versie}.${p.subversie}.`,
  'xml.none': () => '(none)',

  // ------------------------------------------------------------ structure, as the typed reader finds it
  'xml.element-in-value': (p) => `Element ${p.element} is not allowed inside ${p.parent}, which holds a value.`,
  'xml.element-unknown': (p) => `Element ${p.element} is not part of ${p.parent}; expected: ${p.expected}.`,
  'xml.element-namespace': (p) => `Element ${p.element} is in namespace "${p.namespace}" but must be in "${p.expected}".`,
  'xml.element-text': (p) => `${p.element} holds elements, not text ("${p.text}").`,
  'xml.element-repeated': (p) => `${p.element} occurs more than once in ${p.parent}.`,

  // ------------------------------------------------------------ XSD (libxml2's diagnostics, said for a clerk)
  'xml.the-element': () => 'The element',
  'xml.xsd.enumeration': (p) => `${p.element}: '${p.value}' is not a valid code. Allowed: ${p.allowed}.`,
  'xml.xsd.codes-more': (p) => `${p.shown}, ... (${p.count} codes)`,
  'xml.xsd.pattern': (p) => `${p.element}: '${p.value}' does not have the required form (${p.form}).`,
  'xml.xsd.max-length': (p) => `${p.element}: the value is ${p.length} characters long; at most ${p.max} are allowed.`,
  'xml.xsd.min-length': (p) => `${p.element}: the value is ${p.length} characters long; at least ${p.min} are required.`,
  'xml.xsd.max-inclusive': (p) => `${p.element}: ${p.value} is more than the maximum ${p.max}.`,
  'xml.xsd.min-inclusive': (p) => `${p.element}: ${p.value} is less than the minimum ${p.min}.`,
  'xml.xsd.type': (p) => `${p.element}: '${p.value}' is not ${p.form}.`,
  'xml.xsd.not-expected-list': (p) => `${p.element} is not allowed here (wrong order, a duplicate, or an unknown element); expected: ${p.expected}.`,
  'xml.xsd.not-expected': (p) => `${p.element} is not allowed here: nothing more is expected in its parent.`,
  'xml.xsd.missing-child': (p) => `${p.element} is incomplete: required element ${p.expected} is missing.`,
  'xml.xsd.wrong-root': () => 'The root element is not Bericht of this message type (check the root element and its namespace).',
  'xml.xsd.text-in-elements': (p) => `${p.element} holds elements, not text; remove the text.`,
  'xml.xsd.raw-element': (p) => `${p.element}: ${p.detail}`,
  'xml.xsd.raw': (p) => p.detail,

  // ------------------------------------------------------------ forms a value must have (inside xml.xsd.pattern and xml.xsd.type)
  'xml.form.digits': (p) => `exactly ${p.count} digits`,
  'xml.form.not-blank': () => 'not empty or only spaces',
  'xml.form.letters-and-digits': () => 'letters and digits only',
  'xml.form.digits-only': () => 'digits only',
  'xml.form.date-without-zone': () => 'a date without time zone',
  'xml.form.time-without-zone': () => 'a time without time zone',
  'xml.form.literal': (p) => `must be ${p.value}`,
  'xml.form.pattern': (p) => `pattern ${p.pattern}`,
  'xml.form.integer-range': (p) => `a whole number from ${p.min} to ${p.max} (amounts in cents, no decimal point)`,
  'xml.form.integer': () => 'a whole number',
  'xml.form.date': () => 'a date written as YYYY-MM-DD',
  'xml.form.time': () => 'a time written as hh:mm:ss',
  'xml.form.valid': () => 'a valid value',

  // ------------------------------------------------------------ the list of errors
  'xml.errors-omitted': (p) =>
    `${p.total} more error(s) left out of this list (${p.kinds}); it shows the first ${p.shown}. Fix these and check the message again to see the rest.`,
};
