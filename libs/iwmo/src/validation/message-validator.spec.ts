import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParsedMessageOf } from '../parse';
import { MESSAGE_CODES, MESSAGE_TYPES } from '../registry';
import { buildDeclaratieAntwoord, buildRetour } from '../retour/retour-builder';
import { serialize } from '../serialize';
import { sampleWmo305 } from '../testing/sample-messages';
import { XsdValidationPool } from '../xsd/xsd-validation-pool';
import { MessageValidator } from './message-validator';
import { errorsIn, XmlErrorCode } from './report';

const FIXTURES = join(__dirname, '../../../../test/fixtures');

function fixtures(kind: 'ok' | 'not-ok'): Array<[string, string]> {
  return MESSAGE_CODES.flatMap((code) => {
    const dir = join(FIXTURES, code.toLowerCase(), kind);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.xml'));
    } catch {
      names = [];
    }
    return names.map((n): [string, string] => [`${code.toLowerCase()}/${kind}/${n}`, join(dir, n)]);
  });
}

let pool: XsdValidationPool;
let validator: MessageValidator;

beforeAll(async () => {
  pool = await XsdValidationPool.start({ threads: 2 });
  validator = new MessageValidator(pool);
});
afterAll(() => pool.close());

describe('MessageValidator on the project fixtures', () => {
  it('has ok fixtures for every one of the 14 message types', () => {
    const covered = new Set(fixtures('ok').map(([name]) => name.slice(0, 6).toUpperCase()));
    expect([...covered].sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it.each(fixtures('ok'))('%s is valid, parses and round-trips', async (_name, path) => {
    const bytes = readFileSync(path);
    const { report, parsed } = await validator.validate(bytes);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(parsed).toBeDefined();
    const again = serialize(parsed!);
    expect(parse(again)).toEqual(parsed);
    expect((await validator.validate(Buffer.from(again))).report.valid).toBe(true);
  });

  it.each(fixtures('not-ok'))('%s is refused with the element and line that are wrong', async (_name, path) => {
    const { report } = await validator.validate(readFileSync(path));
    expect(report.valid).toBe(false);
    expect(report.errors.length).toBeGreaterThan(0);
    for (const e of report.errors) {
      expect(e.message).not.toMatch(/\{http/); // namespaces are noise to a billing clerk
      if (e.layer === 'xsd') expect(e.line).toEqual(expect.any(Number));
    }
  });
});

describe('MessageValidator layers', () => {
  it('answers a schema violation with retourcode 0001, the element path without prefixes and a plain explanation', async () => {
    const xml = sampleWmo305().replace('<wmo305:Geslacht>2</wmo305:Geslacht>', '<wmo305:Geslacht>7</wmo305:Geslacht>');
    const { report } = await validator.validate(Buffer.from(xml));
    expect(report).toMatchObject({ message: 'WMO305', valid: false, retourcodes: ['0001'] });
    expect(report.errors).toEqual([
      expect.objectContaining({ layer: 'xsd', code: XmlErrorCode.XSD_INVALID, path: '/Bericht/Client/Geslacht', line: 15 }),
    ]);
    expect(report.errors[0]!.message).toMatch(/Geslacht: '7' is geen geldige code\. Toegestaan: 0 .*1 .*2 /);
  });

  it('names the missing element', async () => {
    const xml = sampleWmo305().replace(/<wmo305:Geslacht>2<\/wmo305:Geslacht>/, '');
    const { report } = await validator.validate(Buffer.from(xml));
    expect(report.errors[0]!.message).toMatch(/Naam is hier niet toegestaan .*verwacht: Geslacht/);
  });

  it('refuses XXE without reading the file, and unknown roots, on the xml layer', async () => {
    const xxe = await validator.validate(Buffer.from('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'));
    expect(xxe.report).toMatchObject({ message: null, valid: false, errors: [expect.objectContaining({ layer: 'xml', code: XmlErrorCode.DTD_FORBIDDEN })] });
    const unknown = await validator.validate(Buffer.from('<Bericht xmlns="urn:other"/>'));
    expect(unknown.report.errors[0]).toMatchObject({ layer: 'xml', code: XmlErrorCode.UNKNOWN_MESSAGE });
    const broken = await validator.validate(Buffer.from('<a><b></a>'));
    expect(broken.report.errors[0]).toMatchObject({ layer: 'xml', code: XmlErrorCode.NOT_WELL_FORMED, line: 1 });
  });

  it('gives the same verdicts in the large-message lane', async () => {
    const lanes = await XsdValidationPool.start({ threads: 1, largeMessageBytes: 100 });
    try {
      const large = new MessageValidator(lanes);
      expect((await large.validate(Buffer.from(sampleWmo305()))).report.valid).toBe(true);
      const bad = sampleWmo305().replace('<wmo305:Geslacht>2<', '<wmo305:Geslacht>7<');
      expect((await large.validate(Buffer.from(bad))).report.errors[0]).toMatchObject({ path: '/Bericht/Client/Geslacht' });
    } finally {
      await lanes.close();
    }
  });

  it('refuses a message over the configured size limit', async () => {
    const small = new MessageValidator(pool, 100);
    const { report } = await small.validate(Buffer.from(sampleWmo305()));
    expect(report.errors[0]).toMatchObject({ layer: 'xml', code: XmlErrorCode.TOO_LARGE });
  });
});

describe('MessageValidator answers in Dutch, and in English on request', () => {
  const invalid = (from: string, to: string) => validator.validate(Buffer.from(sampleWmo305().replace(from, to)));

  it('says a code that is not in the code list in Dutch by default and in English via errorsIn', async () => {
    const { report } = await invalid('<wmo305:Geslacht>2</wmo305:Geslacht>', '<wmo305:Geslacht>7</wmo305:Geslacht>');
    const allowed = '0 (Onbekend), 1 (Mannelijk), 2 (Vrouwelijk)';
    expect(report.errors.map((e) => e.message)).toEqual([`Geslacht: '7' is geen geldige code. Toegestaan: ${allowed}.`]);
    expect(errorsIn('en', report.errors).map((e) => e.message)).toEqual([`Geslacht: '7' is not a valid code. Allowed: ${allowed}.`]);
    expect(errorsIn('nl', report.errors)).toEqual(report.errors.map(({ text: _text, ...error }) => error));
  });

  it('says a value without the required form in Dutch by default and in English via errorsIn', async () => {
    const { report } = await invalid('<wmo305:Bsn>999990019</wmo305:Bsn>', '<wmo305:Bsn>12345</wmo305:Bsn>');
    const bsn = report.errors.filter((e) => e.path === '/Bericht/Client/Bsn');
    expect(bsn.map((e) => e.message)).toContain("Bsn: '12345' heeft niet de vereiste vorm (9 cijfers).");
    expect(errorsIn('en', bsn).map((e) => e.message)).toContain("Bsn: '12345' does not have the required form (exactly 9 digits).");
  });

  it('keeps libxml2\'s own words in a Dutch frame when the input is not well-formed', async () => {
    const { report } = await validator.validate(Buffer.from('<a><b></a>'));
    const [dutch, english] = [report.errors[0]!.message, errorsIn('en', report.errors)[0]!.message];
    expect(dutch).toMatch(/^Het bericht is geen goedgevormde XML: /);
    expect(english).toMatch(/^The message is not well-formed XML: /);
    expect(dutch.replace(/^[^:]*: /, '')).toBe(english.replace(/^[^:]*: /, ''));
  });

  it('says the refusals of the safe input checks in both languages', async () => {
    const { report } = await validator.validate(Buffer.from('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'));
    expect(report.errors[0]!.message).toMatch(/^Het bericht bevat een documenttypedeclaratie/);
    expect(errorsIn('en', report.errors)[0]!.message).toBe(
      'The message contains a document type declaration (<!DOCTYPE ...>). DTDs and entities are not allowed in iWmo messages; remove it.',
    );
  });
});

describe('retour builders give messages valid against the project schemas', () => {
  it('builds a WMO306 with codes on the rejected StartProduct and 0200 elsewhere', async () => {
    const heen = parse(sampleWmo305());
    if (heen.code !== 'WMO305') throw new Error('expected a WMO305');
    const retour = buildRetour(heen, {
      identificatie: 'R-0001',
      dagtekening: '2026-03-03',
      codes: new Map([['/Bericht/Client/StartProducten/StartProduct[2]', ['0001'] as const]]),
    });
    expect(retour.code).toBe('WMO306');
    const xml = serialize(retour);
    expect((await validator.validate(Buffer.from(xml))).report.errors).toEqual([]);
    const back = parse(xml);
    if (back.code !== 'WMO306') throw new Error('expected a WMO306');
    expect(back.bericht.Header).toMatchObject({ BerichtCode: '419', Afzender: '12345678', Ontvanger: '0503', IdentificatieRetour: 'R-0001' });
    expect(back.bericht.Client!.RetourCodes.RetourCode).toEqual(['0200']);
    expect(back.bericht.Client!.StartProducten.StartProduct.map((p) => p.RetourCodes.RetourCode)).toEqual([['0200'], ['0001']]);
  });

  it('answers a header rejection with the header only', async () => {
    const heen = parse(sampleWmo305());
    if (heen.code !== 'WMO305') throw new Error('expected a WMO305');
    const retour = buildRetour(heen, { identificatie: 'R-0002', dagtekening: '2026-03-03', headerCodes: ['9056'] });
    const xml = serialize(retour);
    expect((await validator.validate(Buffer.from(xml))).report.valid).toBe(true);
    expect(retour.bericht).not.toHaveProperty('Client');
  });

  it.each(fixtures('ok').filter(([name]) => MESSAGE_TYPES[name.slice(0, 6).toUpperCase() as 'WMO301'].kind === 'heen'))(
    'answers %s with a valid retourbericht',
    async (_name, path) => {
      const heen = parse(readFileSync(path));
      const retour =
        heen.code === 'WMO323'
          ? buildDeclaratieAntwoord(heen, { identificatie: 'DA-1', dagtekening: '2026-04-10', rejected: new Map([['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', ['9338'] as const]]) })
          : heen.code === 'WMO301' || heen.code === 'WMO305' || heen.code === 'WMO307' || heen.code === 'WMO315' || heen.code === 'WMO317' || heen.code === 'WMO319'
            ? buildRetour(heen, { identificatie: 'R-1', dagtekening: '2026-04-10' })
            : undefined;
      expect(retour?.code).toBe(MESSAGE_TYPES[heen.code].pair);
      const { report } = await validator.validate(Buffer.from(serialize(retour!)));
      expect(report.errors).toEqual([]);
    },
  );

  it('answers a declaratie rejected as a whole with its codes on DeclaratieAntwoord and nothing toegekend', async () => {
    const declaratie = fixtures('ok').find(([name]) => name.startsWith('wmo323'))!;
    const heen = parse(readFileSync(declaratie[1])) as ParsedMessageOf<'WMO323'>;
    const antwoord = buildDeclaratieAntwoord(heen, { identificatie: 'DA-3', dagtekening: '2026-04-10', declaratieCodes: ['9333'] });
    expect(antwoord.bericht.DeclaratieAntwoord).toMatchObject({ TotaalToegekendBedrag: { TotaalBedrag: '0' }, RetourCodes: { RetourCode: ['9333'] } });
    expect(antwoord.bericht.Header.RetourCodes.RetourCode).toEqual(['0200']);
    expect((await validator.validate(Buffer.from(serialize(antwoord)))).report.errors).toEqual([]);
  });

  it('computes the toegekend total of a 325 from the accepted prestaties', () => {
    const declaratie = fixtures('ok').find(([name]) => name.startsWith('wmo323'));
    expect(declaratie).toBeDefined();
    const heen = parse(readFileSync(declaratie![1])) as ParsedMessageOf<'WMO323'>;
    const prestaties = heen.bericht.Declaratie.Clienten.Client.flatMap((c) => c.Prestaties.Prestatie);
    const total = prestaties.reduce((sum, p) => sum + (p.IngediendBedrag.DebetCredit === 'C' ? -1 : 1) * Number(p.IngediendBedrag.Bedrag), 0);
    const first = prestaties[0]!;
    const firstSigned = (first.IngediendBedrag.DebetCredit === 'C' ? -1 : 1) * Number(first.IngediendBedrag.Bedrag);
    const antwoord = buildDeclaratieAntwoord(heen, {
      identificatie: 'DA-2',
      dagtekening: '2026-04-10',
      rejected: new Map([['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', ['9307'] as const]]),
    });
    const toegekend = antwoord.bericht.DeclaratieAntwoord!.TotaalToegekendBedrag;
    expect((toegekend.DebetCredit === 'C' ? -1 : 1) * Number(toegekend.TotaalBedrag)).toBe(total - firstSigned);
    expect(antwoord.bericht.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.RetourCodes.RetourCode).toEqual(['9307']);
    expect(antwoord.bericht.DeclaratieAntwoord!.RetourCodes.RetourCode).toEqual(['0200']);
  });
});
