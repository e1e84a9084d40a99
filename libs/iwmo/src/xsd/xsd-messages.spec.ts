import { errorsIn } from '../validation/report';
import { describeXsdIssue } from './xsd-messages';

const M = '{http://www.istandaarden.nl/iwmo/3_2/wmo305/schema}';
const B = '{http://www.istandaarden.nl/iwmo/3_2/basisschema/schema}';
const CLIENT = '/wmo305:Bericht/wmo305:Client';
const TARIEF = '/wmo323:Bericht/wmo323:Declaratie/wmo323:Clienten/wmo323:Client/wmo323:Prestaties/wmo323:Prestatie/wmo323:ProductTarief';

/** libxml2's diagnostic as the worker hands it over, and the sentence in Dutch (the default) and in English (as it always read). */
const CASES: Array<[what: string, code: 'WMO305' | 'WMO323', xpath: string | null, raw: string, nl: string, en: string]> = [
  [
    'a code not in the code list', 'WMO305', `${CLIENT}/wmo305:Geslacht`,
    `Element '${M}Geslacht': [facet 'enumeration'] The value '7' is not an element of the set {'0', '1', '2'}.`,
    "Geslacht: '7' is geen geldige code. Toegestaan: 0 (Onbekend), 1 (Mannelijk), 2 (Vrouwelijk).",
    "Geslacht: '7' is not a valid code. Allowed: 0 (Onbekend), 1 (Mannelijk), 2 (Vrouwelijk).",
  ],
  [
    'a value without the required form', 'WMO305', `${CLIENT}/wmo305:Bsn`,
    `Element '${M}Bsn': [facet 'pattern'] The value '12345' is not accepted by the pattern '[0-9]{9}'.`,
    "Bsn: '12345' heeft niet de vereiste vorm (9 cijfers).",
    "Bsn: '12345' does not have the required form (exactly 9 digits).",
  ],
  [
    'a fixed value', 'WMO305', '/wmo305:Bericht/wmo305:Header/wmo305:BerichtCode',
    `Element '${M}BerichtCode': [facet 'pattern'] The value '420' is not accepted by the pattern '418'.`,
    "BerichtCode: '420' heeft niet de vereiste vorm (moet 418 zijn).",
    "BerichtCode: '420' does not have the required form (must be 418).",
  ],
  [
    'a value too long', 'WMO305', `${CLIENT}/wmo305:Bsn`,
    `Element '${M}Bsn': [facet 'maxLength'] The value has a length of '10'; this exceeds the allowed maximum length of '9'.`,
    'Bsn: de waarde is 10 tekens lang; er zijn ten hoogste 9 tekens toegestaan.',
    'Bsn: the value is 10 characters long; at most 9 are allowed.',
  ],
  [
    'a value too short', 'WMO305', `${CLIENT}/wmo305:Bsn`,
    `Element '${M}Bsn': [facet 'minLength'] The value has a length of '0'; this underruns the allowed minimum length of '1'.`,
    'Bsn: de waarde is 0 tekens lang; er is ten minste 1 teken vereist.',
    'Bsn: the value is 0 characters long; at least 1 are required.',
  ],
  [
    'an amount above the maximum', 'WMO323', TARIEF,
    `Element '${M}ProductTarief': [facet 'maxInclusive'] The value '100000000' is greater than the maximum value allowed ('99999999').`,
    'ProductTarief: 100000000 is groter dan het maximum 99999999.',
    'ProductTarief: 100000000 is more than the maximum 99999999.',
  ],
  [
    'an amount below the minimum', 'WMO323', TARIEF,
    `Element '${M}ProductTarief': [facet 'minInclusive'] The value '-1' is less than the minimum value allowed ('0').`,
    'ProductTarief: -1 is kleiner dan het minimum 0.',
    'ProductTarief: -1 is less than the minimum 0.',
  ],
  [
    'an amount with a decimal point', 'WMO323', TARIEF,
    `Element '${M}ProductTarief': '12.50' is not a valid value of the atomic type '${B}LDT_Bedrag'.`,
    "ProductTarief: '12.50' is geen geheel getal van 0 tot en met 99999999 (bedragen in eurocent, zonder decimaalteken).",
    "ProductTarief: '12.50' is not a whole number from 0 to 99999999 (amounts in cents, no decimal point).",
  ],
  [
    'a date in another form', 'WMO305', `${CLIENT}/wmo305:Geboortedatum/iwmo:Datum`,
    `Element '${B}Datum': '01-03-2026' is not a valid value of the atomic type '${B}LDT_Datum'.`,
    "Datum: '01-03-2026' is geen datum in de vorm JJJJ-MM-DD.",
    "Datum: '01-03-2026' is not a date written as YYYY-MM-DD.",
  ],
  [
    'an element out of place', 'WMO305', `${CLIENT}/wmo305:Naam`,
    `Element '${M}Naam': This element is not expected. Expected is ( ${M}Geslacht ).`,
    'Naam is hier niet toegestaan (verkeerde volgorde, een element dat dubbel voorkomt, of een onbekend element); verwacht: Geslacht.',
    'Naam is not allowed here (wrong order, a duplicate, or an unknown element); expected: Geslacht.',
  ],
  [
    'an element after the last one', 'WMO305', `${CLIENT}/wmo305:Extra`,
    `Element '${M}Extra': This element is not expected.`,
    'Extra is hier niet toegestaan: het bovenliggende element verwacht niets meer.',
    'Extra is not allowed here: nothing more is expected in its parent.',
  ],
  [
    'a missing element', 'WMO305', CLIENT,
    `Element '${M}Client': Missing child element(s). Expected is ( ${M}Geslacht ).`,
    'Client is onvolledig: het verplichte element Geslacht ontbreekt.',
    'Client is incomplete: required element Geslacht is missing.',
  ],
  [
    'a root of another message type', 'WMO305', null,
    `Element '${M}Bericht': No matching global declaration available for the validation root.`,
    'Het rootelement is niet het Bericht van dit berichttype (controleer het rootelement en de namespace ervan).',
    'The root element is not Bericht of this message type (check the root element and its namespace).',
  ],
  [
    'text among elements', 'WMO305', CLIENT,
    `Element '${M}Client': Character content other than whitespace is not allowed because the content type is 'element-only'.`,
    'Client bevat elementen, geen tekst; verwijder de tekst.',
    'Client holds elements, not text; remove the text.',
  ],
  [
    "libxml2's own words about an element", 'WMO305', `${CLIENT}/wmo305:Bsn`,
    `Element '${M}Bsn': [facet 'totalDigits'] The value '1234567890' has more digits than are allowed ('9').`,
    "Bsn voldoet niet aan het XSD-schema: [facet 'totalDigits'] The value '1234567890' has more digits than are allowed ('9').",
    "Bsn: [facet 'totalDigits'] The value '1234567890' has more digits than are allowed ('9').",
  ],
  [
    "libxml2's own words", 'WMO305', null,
    'Something libxml2 says without naming an element.',
    'Het bericht voldoet niet aan het XSD-schema: Something libxml2 says without naming an element.',
    'Something libxml2 says without naming an element.',
  ],
];

describe('describeXsdIssue', () => {
  it.each(CASES)('says %s in Dutch, and in English on request', (_what, code, xpath, raw, nl, en) => {
    const error = describeXsdIssue(code, { message: raw, line: 7, xpath });
    expect(error).toMatchObject({ layer: 'xsd', code: 'IB001', message: nl, line: 7 });
    const { text: _said, ...plain } = error;
    expect(errorsIn('en', [error])).toEqual([{ ...plain, message: en }]);
  });

  it('names the element by its path without prefixes, and a long code list by its first codes and how many there are', () => {
    const error = describeXsdIssue('WMO305', { message: `Element '${M}Bsn': [facet 'pattern'] The value '1' is not accepted by the pattern '[0-9]{9}'.`, line: 3, xpath: `${CLIENT}/wmo305:Bsn` });
    expect(error.path).toBe('/Bericht/Client/Bsn');
    const categorie = describeXsdIssue('WMO301', {
      message: `Element '${B}Categorie': [facet 'enumeration'] The value '99' is not an element of the set {'01', '02'}.`,
      line: 3,
      xpath: '/wmo301:Bericht/wmo301:Client/wmo301:ToegewezenProducten/wmo301:ToegewezenProduct/wmo301:Product/iwmo:Categorie',
    });
    expect(categorie.message).toMatch(/^Categorie: '99' is geen geldige code\. Toegestaan: .*\(Hulp bij het huishouden\).*, \.\.\. \(18 codes\)\.$/);
    expect(errorsIn('en', [categorie])[0]!.message).toMatch(/^Categorie: '99' is not a valid code\. Allowed: .*\(Hulp bij het huishouden\).*, \.\.\. \(18 codes\)\.$/);
  });
});
