import type { Section } from '../section';

const tekens = (n: number): string => (n === 1 ? 'teken' : 'tekens');
const is = (n: number): string => (n === 1 ? 'is' : 'zijn');
const utf8Fix = 'sla het bestand op als UTF-8';

/**
 * Dutch texts: xml, the errors of validation layers 1 and 2 (safe input, well-formedness, size,
 * message type, XSD). Keys are English identifiers; element names, codes and the code lists'
 * `betekenis` stay as the standard spells them. libxml2's own words (`detail`) are quoted as they are.
 */
export const xml = {
  // ------------------------------------------------------------ safe input and limits
  /** `limitMb`: the limit in MB as digits with a decimal point, e.g. 25 or 0.5 */
  'xml.too-large': (p: { bytes: number; limit: number; limitMb: string }) =>
    `Het bericht is ${p.bytes} bytes groot; de grens is ${p.limit} bytes (${p.limitMb.replace('.', ',')} MB). Verdeel de declaratie over meer berichten.`,
  'xml.empty': () => 'Het bericht is leeg; stuur het volledige XML-bericht.',
  'xml.utf16': () => `Het bericht is gecodeerd als UTF-16; iWmo-berichten moeten UTF-8 zijn: ${utf8Fix}.`,
  'xml.invalid-utf8': (p: { line: number }) => `Het bericht bevat bytes die geen geldige UTF-8 zijn (de eerste op regel ${p.line}); ${utf8Fix}.`,
  'xml.declared-encoding': (p: { encoding: string }) =>
    `De XML-declaratie noemt encoding="${p.encoding}"; iWmo-berichten moeten UTF-8 zijn: ${utf8Fix} met encoding="UTF-8" in de declaratie.`,
  'xml.doctype': () =>
    'Het bericht bevat een documenttypedeclaratie (<!DOCTYPE ...>). DTD\'s en entiteiten zijn niet toegestaan in iWmo-berichten; verwijder de declaratie.',
  'xml.doctype-not-allowed': () => 'Het bericht bevat een documenttypedeclaratie; die is niet toegestaan in iWmo-berichten: verwijder <!DOCTYPE ...>.',
  'xml.prolog-unterminated': () =>
    'Het bericht houdt op in de proloog: een XML-declaratie, commentaar of verwerkingsinstructie vóór het rootelement is niet afgesloten.',
  'xml.limit.text': (p: { bytes: number; limit: number }) =>
    `Een tekst van ${p.bytes} bytes is langer dan de toegestane ${p.limit} bytes (het langste veld van iWmo 3.2 bevat 200 tekens); verwijder wat niet in het bericht thuishoort.`,
  'xml.limit.comments': (p: { limit: number }) =>
    `Het bericht bevat meer dan ${p.limit} commentaren; verwijder ze (commentaar hoort niet bij een iWmo-bericht).`,
  'xml.limit.comment': (p: { bytes: number; limit: number }) => `Een commentaar van ${p.bytes} bytes is langer dan de toegestane ${p.limit} bytes; verwijder het.`,
  'xml.limit.cdata': (p: { bytes: number; limit: number }) =>
    `Een CDATA-sectie van ${p.bytes} bytes is langer dan de toegestane ${p.limit} bytes (het langste veld van iWmo 3.2 bevat 200 tekens).`,
  'xml.limit.instructions': (p: { limit: number }) => `Het bericht bevat meer dan ${p.limit} verwerkingsinstructies; verwijder ze.`,
  'xml.limit.instruction': (p: { bytes: number; limit: number }) =>
    `Een verwerkingsinstructie van ${p.bytes} bytes is langer dan de toegestane ${p.limit} bytes; verwijder die.`,
  'xml.limit.attribute-value': (p: { bytes: number; limit: number }) =>
    `Een attribuutwaarde van ${p.bytes} bytes is langer dan de toegestane ${p.limit} bytes; iWmo-berichten hebben geen attributen behalve namespacedeclaraties.`,
  'xml.limit.attributes': (p: { limit: number }) =>
    `Een element heeft meer dan ${p.limit} attributen; iWmo-berichten hebben geen attributen behalve namespacedeclaraties. Verwijder de overige attributen.`,

  // ------------------------------------------------------------ well-formedness and message type
  /** `detail`: the parser's own words (libxml2 or saxes), as they are */
  'xml.not-well-formed': (p: { detail: string }) => `Het bericht is geen goedgevormde XML: ${p.detail}`,
  'xml.no-root': () => 'Het bericht heeft geen rootelement.',
  'xml.more-than-one-root': () => 'Het bericht heeft meer dan één rootelement.',
  'xml.root-not-iwmo': (p: { namespace: string; name: string }) =>
    `Het rootelement {${p.namespace}}${p.name} is geen iWmo 3.2-bericht (verwacht: Bericht in een namespace http://www.istandaarden.nl/iwmo/3_2/wmo3NN/schema).`,
  'xml.root-not-iwmo-namespaces': (p: { namespace: string; name: string }) =>
    `Het rootelement {${p.namespace}}${p.name} is geen iWmo 3.2-bericht; verwacht: Bericht in een van de namespaces http://www.istandaarden.nl/iwmo/3_2/wmo3NN/schema.`,
  'xml.header-missing': (p: { code: string }) => `${p.code} heeft geen Header.`,
  'xml.berichtcode-mismatch': (p: { code: string; berichtCode: string; found: string }) =>
    `De namespace zegt ${p.code} (BerichtCode ${p.berichtCode}), maar de Header heeft BerichtCode ${p.found}; vul BerichtCode ${p.berichtCode} of gebruik de namespace van het bedoelde bericht.`,
  'xml.version': (p: { versie: string; subversie: string }) =>
    `Deze gateway spreekt iWmo 3.2; het bericht noemt versie ${p.versie}.${p.subversie}. Stuur het als iWmo 3.2: BerichtVersie 3 en BerichtSubversie 2.`,
  'xml.none': () => '(geen)',

  // ------------------------------------------------------------ structure, as the typed reader finds it
  'xml.element-in-value': (p: { element: string; parent: string }) => `Element ${p.element} is niet toegestaan binnen ${p.parent}, dat alleen een waarde bevat.`,
  'xml.element-unknown': (p: { element: string; parent: string; expected: string }) =>
    `Element ${p.element} hoort niet bij ${p.parent}; verwacht: ${p.expected}.`,
  'xml.element-namespace': (p: { element: string; namespace: string; expected: string }) =>
    `Element ${p.element} staat in namespace "${p.namespace}" maar moet in "${p.expected}" staan.`,
  'xml.element-text': (p: { element: string; text: string }) => `${p.element} bevat elementen, geen tekst ("${p.text}").`,
  'xml.element-repeated': (p: { element: string; parent: string }) => `${p.element} komt meer dan één keer voor in ${p.parent}.`,

  // ------------------------------------------------------------ XSD (libxml2's diagnostics, said for a clerk)
  'xml.the-element': () => 'Het element',
  'xml.xsd.enumeration': (p: { element: string; value: string; allowed: string }) =>
    `${p.element}: '${p.value}' is geen geldige code. Toegestaan: ${p.allowed}.`,
  /** `shown`: the first codes with their betekenis */
  'xml.xsd.codes-more': (p: { shown: string; count: number }) => `${p.shown}, ... (${p.count} codes)`,
  'xml.xsd.pattern': (p: { element: string; value: string; form: string }) => `${p.element}: '${p.value}' heeft niet de vereiste vorm (${p.form}).`,
  'xml.xsd.max-length': (p: { element: string; length: number; max: number }) =>
    `${p.element}: de waarde is ${p.length} ${tekens(p.length)} lang; er ${is(p.max)} ten hoogste ${p.max} ${tekens(p.max)} toegestaan.`,
  'xml.xsd.min-length': (p: { element: string; length: number; min: number }) =>
    `${p.element}: de waarde is ${p.length} ${tekens(p.length)} lang; er ${is(p.min)} ten minste ${p.min} ${tekens(p.min)} vereist.`,
  'xml.xsd.max-inclusive': (p: { element: string; value: string; max: string }) => `${p.element}: ${p.value} is groter dan het maximum ${p.max}.`,
  'xml.xsd.min-inclusive': (p: { element: string; value: string; min: string }) => `${p.element}: ${p.value} is kleiner dan het minimum ${p.min}.`,
  'xml.xsd.type': (p: { element: string; value: string; form: string }) => `${p.element}: '${p.value}' is geen ${p.form}.`,
  'xml.xsd.not-expected-list': (p: { element: string; expected: string }) =>
    `${p.element} is hier niet toegestaan (verkeerde volgorde, een element dat dubbel voorkomt, of een onbekend element); verwacht: ${p.expected}.`,
  'xml.xsd.not-expected': (p: { element: string }) => `${p.element} is hier niet toegestaan: het bovenliggende element verwacht niets meer.`,
  'xml.xsd.missing-child': (p: { element: string; expected: string }) => `${p.element} is onvolledig: het verplichte element ${p.expected} ontbreekt.`,
  'xml.xsd.wrong-root': () => 'Het rootelement is niet het Bericht van dit berichttype (controleer het rootelement en de namespace ervan).',
  'xml.xsd.text-in-elements': (p: { element: string }) => `${p.element} bevat elementen, geen tekst; verwijder de tekst.`,
  /** libxml2's own words about an element (`detail`), as they are */
  'xml.xsd.raw-element': (p: { element: string; detail: string }) => `${p.element} voldoet niet aan het XSD-schema: ${p.detail}`,
  /** libxml2's own words (`detail`), as they are */
  'xml.xsd.raw': (p: { detail: string }) => `Het bericht voldoet niet aan het XSD-schema: ${p.detail}`,

  // ------------------------------------------------------------ forms a value must have (inside xml.xsd.pattern and xml.xsd.type)
  'xml.form.digits': (p: { count: number }) => `${p.count} cijfers`,
  'xml.form.not-blank': () => 'niet leeg en niet alleen spaties',
  'xml.form.letters-and-digits': () => 'alleen letters en cijfers',
  'xml.form.digits-only': () => 'alleen cijfers',
  'xml.form.date-without-zone': () => 'een datum zonder tijdzone',
  'xml.form.time-without-zone': () => 'een tijd zonder tijdzone',
  'xml.form.literal': (p: { value: string }) => `moet ${p.value} zijn`,
  'xml.form.pattern': (p: { pattern: string }) => `patroon ${p.pattern}`,
  'xml.form.integer-range': (p: { min: number; max: number }) => `geheel getal van ${p.min} tot en met ${p.max} (bedragen in eurocent, zonder decimaalteken)`,
  'xml.form.integer': () => 'geheel getal',
  'xml.form.date': () => 'datum in de vorm JJJJ-MM-DD',
  'xml.form.time': () => 'tijd in de vorm uu:mm:ss',
  'xml.form.valid': () => 'geldige waarde',

  // ------------------------------------------------------------ the list of errors
  /** `kinds`: "2 × 0611, 2 × 9338" */
  'xml.errors-omitted': (p: { total: number; kinds: string; shown: number }) =>
    `Nog ${p.total} ${p.total === 1 ? 'fout staat' : 'fouten staan'} niet in deze lijst (${p.kinds}); de lijst toont de eerste ${p.shown}. Herstel deze en controleer het bericht opnieuw om de rest te zien.`,
} satisfies Section;
