import { render } from '@lib/i18n';
import { IwmoInputError } from './errors';
import { parse, parseAsync } from './parse';
import { serialize } from './serialize';
import { sampleWmo305 } from './testing/sample-messages';
import { XmlErrorCode } from './validation/report';

function parseError(xml: string): IwmoInputError {
  try {
    parse(xml);
  } catch (error) {
    if (error instanceof IwmoInputError) return error;
    throw error;
  }
  throw new Error('expected the message to be refused');
}

describe('parse', () => {
  it('reads a WMO305 into its typed model, keeping lexical values and repeating classes as arrays', () => {
    const m = parse(sampleWmo305());
    expect(m.code).toBe('WMO305');
    if (m.code !== 'WMO305') return;
    expect(m.bericht.Header.Ontvanger).toBe('0503');
    expect(m.bericht.Header.BerichtIdentificatie).toEqual({ Identificatie: 'START-0001', Dagtekening: '2026-03-02' });
    expect(m.bericht.Client.Naam.Geslachtsnaam.Achternaam).toBe('Jansen & Zn');
    expect(m.bericht.Client.StartProducten.StartProduct.map((p) => p.ToewijzingNummer)).toEqual(['100001', '100002']);
    expect(m.bericht.Client.StartProducten.StartProduct[0]!.Product).toEqual({ Categorie: '02', Code: '02A03' });
  });

  it.each([
    ['other prefixes', { m: 'x', b: 'y' }],
    ['a default namespace for the message', { m: '', b: 'basis' }],
    ['a default namespace for the basisschema', { m: 'msg', b: '' }],
  ])('gives the same model whatever the prefixes: %s', (_label, prefixes) => {
    expect(parse(sampleWmo305(prefixes))).toEqual(parse(sampleWmo305()));
  });

  it('refuses an element bound to the wrong namespace, naming it', () => {
    // The basisschema prefix bound to the message namespace: Identificatie is then in the wrong namespace.
    const xml = sampleWmo305().replace('xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema"', 'xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"');
    const e = parseError(xml);
    expect(e.code).toBe(XmlErrorCode.XSD_INVALID);
    expect(e.path).toBe('/Bericht/Header/BerichtIdentificatie/Identificatie');
    expect(e.message).toMatch(/^Element Identificatie staat in namespace "http:\/\/www\.istandaarden\.nl\/iwmo\/3_2\/wmo305\/schema" maar moet in ".*basisschema\/schema" staan\.$/);
    expect(render(e.text, 'en')).toMatch(/^Element Identificatie is in namespace ".*wmo305\/schema" but must be in ".*basisschema\/schema"\.$/);
  });

  it('refuses an unknown message type and a BerichtCode that does not match the namespace', () => {
    expect(parseError(sampleWmo305({}, { namespace: 'http://www.istandaarden.nl/iwmo/3_2/wmo399/schema' })).code).toBe(XmlErrorCode.UNKNOWN_MESSAGE);
    const wrongCode = parseError(sampleWmo305({}, { berichtCode: '420' }));
    expect(wrongCode.code).toBe(XmlErrorCode.UNKNOWN_MESSAGE);
    expect(wrongCode.message).toBe(
      'De namespace zegt WMO305 (BerichtCode 418), maar de Header heeft BerichtCode 420; vul BerichtCode 418 of gebruik de namespace van het bedoelde bericht.',
    );
    expect(render(wrongCode.text, 'en')).toBe('The namespace says WMO305 (BerichtCode 418) but the header has BerichtCode 420.');
  });

  it('refuses another version of the standard', () => {
    const other = parseError(sampleWmo305({}, { versie: '2' }));
    expect(other.message).toMatch(/^Deze gateway spreekt iWmo 3\.2; het bericht noemt versie 2\.2\./);
    expect(render(other.text, 'en')).toBe('This gateway speaks iWmo 3.2; the message says version 2.2.');
  });

  it('reports malformed XML with its line', () => {
    const e = parseError(sampleWmo305().replace('</wmo305:Geslacht>', '</wmo305:Geslacht'));
    expect(e.code).toBe(XmlErrorCode.NOT_WELL_FORMED);
    expect(e.line).toBeGreaterThan(1);
    expect(e.message).toMatch(/^Het bericht is geen goedgevormde XML: /);
    expect(render(e.text, 'en')).toMatch(/^The message is not well-formed XML: /);
  });

  it('refuses a DOCTYPE even when handed a string', () => {
    expect(parseError(`<!DOCTYPE x [<!ENTITY a "b">]>${sampleWmo305().replace(/^<\?xml[^>]*>/, '')}`).code).toBe(XmlErrorCode.DTD_FORBIDDEN);
  });

  it('parseAsync gives the same result as parse', async () => {
    expect(await parseAsync(Buffer.from(sampleWmo305()))).toEqual(parse(sampleWmo305()));
  });

  it('round-trips: parse, serialize, parse loses nothing', () => {
    const first = parse(sampleWmo305({ m: '', b: 'q' }));
    expect(parse(serialize(first))).toEqual(first);
  });

  it('serializes in schema order whatever the order of the object keys, escaping text', () => {
    const m = parse(sampleWmo305());
    const xml = serialize(m);
    expect(xml.indexOf('<wmo305:Header>')).toBeLessThan(xml.indexOf('<wmo305:Client>'));
    expect(xml).toContain('<iwmo:Achternaam>Jansen &amp; Zn</iwmo:Achternaam>');
  });
});
