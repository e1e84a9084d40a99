import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { iwmo } from './testing/cli-test-gateway';
import { validateCommand, type ValidateLine } from './validate.command';
import { capture } from './testing/capture';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures');

describe('iwmo validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iwmo-validate-'));
    writeFileSync(join(dir, 'good.xml'), sampleWmo305());
    // Valid against the XSD, but Geslacht 7 is not a code, and a BSN failing the 11-proef (CS002) is a rule finding.
    writeFileSync(join(dir, 'bad-code.xml'), sampleWmo305().replace('<wmo305:Geslacht>2<', '<wmo305:Geslacht>7<'));
    writeFileSync(join(dir, 'bad-bsn.xml'), sampleWmo305().replace('999990019', '123456789'));
    writeFileSync(join(dir, 'broken.xml'), '<a><b></a>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists at most 100 errors of a file, then counts the rest (ERRORS-OMITTED)', async () => {
    // 300 prestaties, each with a GeleverdVolume the XSD refuses
    const file = join(dir, 'many-errors.xml');
    const declaratie = readFileSync(join(FIXTURES, 'wmo323/ok/declaratie-delft-maart.xml'), 'utf8')
      .replace(/<((?:\w+:)?)Prestatie>[\s\S]*?<\/\1Prestatie>/, (p) => p.replace(/(GeleverdVolume>)[^<]*/, '$1abc').repeat(300));
    writeFileSync(file, declaratie);
    const out = capture();
    expect(await validateCommand([file], { json: true }, out.stream, capture().stream)).toBe(1);
    const [line] = out.text().trim().split('\n').map((l) => JSON.parse(l) as ValidateLine);
    expect(line!.errors).toHaveLength(101);
    expect(line!.errors[100]).toMatchObject({ layer: 'xsd', code: 'ERRORS-OMITTED', message: expect.stringMatching(/^Nog \d+ fouten staan niet in deze lijst .*× IB001/) });
    const english = capture();
    await validateCommand([file], { json: true, lang: 'en' }, english.stream, capture().stream);
    const [englishLine] = english.text().trim().split('\n').map((l) => JSON.parse(l) as ValidateLine);
    expect(englishLine!.errors[100]).toMatchObject({ code: 'ERRORS-OMITTED', message: expect.stringMatching(/^\d+ more error\(s\) left out .*× IB001/) });
  });

  it('prints exactly one JSON object per file, in the order given, with the contract fields', async () => {
    const out = capture();
    const files = ['good.xml', 'bad-code.xml', 'bad-bsn.xml', 'broken.xml'].map((f) => join(dir, f));
    const code = await validateCommand(files, { json: true }, out.stream, capture().stream);
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l) as ValidateLine);
    expect(code).toBe(1);
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines.map((l) => Object.keys(l))).toEqual(lines.map(() => ['file', 'message', 'valid', 'retourcodes', 'errors']));
    expect(lines[0]).toEqual({ file: files[0], message: 'WMO305', valid: true, retourcodes: [], errors: [] });
    expect(lines[1]).toMatchObject({ message: 'WMO305', valid: false, retourcodes: ['0001'], errors: [{ layer: 'xsd', code: 'IB001', rule: null, path: '/Bericht/Client/Geslacht', line: 15 }] });
    expect(Object.keys(lines[1]!.errors[0]!)).toEqual(['layer', 'code', 'rule', 'message', 'path', 'line']);
    expect(lines[2]).toMatchObject({ valid: false, retourcodes: ['0001'], errors: [expect.objectContaining({ layer: 'rule', code: '0001', rule: 'CS002', path: '/Bericht/Client' })] });
    expect(lines[3]).toMatchObject({ message: null, valid: false, retourcodes: [], errors: [expect.objectContaining({ layer: 'xml', code: 'XML-WELLFORMED', line: 1 })] });
  });

  it('searches directories for *.xml and exits 0 when all are valid', async () => {
    const out = capture();
    const code = await validateCommand([join(FIXTURES, 'wmo301', 'ok'), join(FIXTURES, 'wmo323', 'ok')], { json: true }, out.stream, capture().stream);
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l) as ValidateLine);
    expect(code).toBe(0);
    expect(lines).toHaveLength(readdirSync(join(FIXTURES, 'wmo301', 'ok')).length + readdirSync(join(FIXTURES, 'wmo323', 'ok')).length);
    expect(lines.every((l) => l.valid)).toBe(true);
  });

  it('writes plain sentences without --json, and a progress bar on stderr above 20 files, in Dutch unless English is asked for', async () => {
    const many = Array.from({ length: 21 }, () => join(dir, 'good.xml'));
    const out = capture();
    const err = capture();
    await validateCommand([...many, join(dir, 'bad-code.xml')], {}, out.stream, err.stream);
    expect(out.text()).toMatch(/^GELDIG {5}\S+good\.xml \(WMO305\)\n/);
    expect(out.text()).toMatch(/\nONGELDIG {3}\S+bad-code\.xml \(WMO305, retourcode 0001\)\n {2}- \[xsd IB001\] regel 15 \/Bericht\/Client\/Geslacht: Geslacht: /);
    expect(out.text()).toMatch(/\n22 bestanden: 21 geldig, 1 ongeldig\n$/);
    expect(err.text()).toMatch(/controleren \[.*\] 22\/22 bestanden/);

    const english = capture();
    const progress = capture();
    await validateCommand([...many, join(dir, 'bad-code.xml')], { lang: 'en' }, english.stream, progress.stream);
    expect(english.text()).toMatch(/^OK {7}\S+good\.xml \(WMO305\)\n/);
    expect(english.text()).toMatch(/INVALID .*bad-code\.xml \(WMO305, retourcode 0001\)\n {2}- \[xsd IB001\] line 15 \/Bericht\/Client\/Geslacht: Geslacht: '7' is not a valid code/);
    expect(english.text()).toMatch(/22 files: 21 valid, 1 invalid/);
    expect(progress.text()).toMatch(/validating \[.*\] 22\/22 files/);
  });

  it('says a rule finding in the chosen language, in plain lines and in --json (its field names unchanged)', async () => {
    const bad = join(dir, 'bad-bsn.xml');
    const dutch = /^ONGELDIG {3}\S+bad-bsn\.xml \(WMO305, retourcode 0001\)\n {2}- \[rule CS002\] \/Bericht\/Client: Bsn \*{6}789 voldoet niet aan de 11-proef \(CS002\); controleer het BSN van deze cliënt in de BRP\.\n/;
    const english = /^INVALID {2}\S+bad-bsn\.xml \(WMO305, retourcode 0001\)\n {2}- \[rule CS002\] \/Bericht\/Client: Bsn \*{6}789 fails the 11-proef \(CS002\); check the BSN of this client against the BRP\.\n/;
    expect(await iwmo(['validate', bad])).toMatchObject({ code: 1, stdout: expect.stringMatching(dutch), stderr: '' });
    expect(await iwmo(['--lang', 'en', 'validate', bad])).toMatchObject({ code: 1, stdout: expect.stringMatching(english), stderr: '' });
    const fromVariable = await iwmo(['validate', bad], { env: { IWMO_LANG: 'en' } });
    expect(fromVariable).toMatchObject({ code: 1, stdout: expect.stringMatching(english) });
    expect(fromVariable.stdout).toMatch(/\n1 file: 0 valid, 1 invalid\n$/);

    const json = async (lang?: 'en') => {
      const out = capture();
      await validateCommand([bad], { json: true, lang }, out.stream, capture().stream);
      return JSON.parse(out.text()) as ValidateLine;
    };
    const [nl, en] = [await json(), await json('en')];
    for (const line of [nl, en]) {
      expect(Object.keys(line.errors[0]!)).toEqual(['layer', 'code', 'rule', 'message', 'path', 'line']);
      expect(line).toMatchObject({ message: 'WMO305', valid: false, retourcodes: ['0001'], errors: [{ layer: 'rule', code: '0001', rule: 'CS002', path: '/Bericht/Client' }] });
    }
    expect(nl.errors[0]!.message).toMatch(/^Bsn \*{6}789 voldoet niet aan de 11-proef/);
    expect(en.errors[0]!.message).toMatch(/^Bsn \*{6}789 fails the 11-proef/);
  });

  it('prints a line for a missing file too, with an error object, validates the others, and exits 2', async () => {
    const out = capture();
    const err = capture();
    const nope = join(dir, 'nope.xml');
    expect(await validateCommand([join(dir, 'good.xml'), nope, join(dir, 'broken.xml')], { json: true }, out.stream, err.stream)).toBe(2);
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l) as ValidateLine);
    expect(lines.map((l) => [l.file, l.valid])).toEqual([[join(dir, 'good.xml'), true], [nope, false], [join(dir, 'broken.xml'), false]]);
    expect(lines[1]).toEqual({
      file: nope, message: null, valid: false, retourcodes: [],
      errors: [{ layer: 'input', code: 'FILE-NOT-FOUND', rule: null, message: `bestand of map bestaat niet: ${nope}`, path: null, line: null }],
    });
    expect(err.text()).toBe('iwmo: 1 van de argumenten bestaat niet (zie FILE-NOT-FOUND hierboven)\n');

    const plain = capture();
    expect(await validateCommand([nope, join(dir, 'good.xml')], {}, plain.stream, capture().stream)).toBe(2);
    expect(plain.text()).toBe(`ONTBREEKT  ${nope}: bestand of map bestaat niet\nGELDIG     ${join(dir, 'good.xml')} (WMO305)\n2 bestanden: 1 geldig, 0 ongeldig, 1 niet gevonden\n`);

    const english = capture();
    const englishErr = capture();
    expect(await validateCommand([nope, join(dir, 'good.xml')], { lang: 'en' }, english.stream, englishErr.stream)).toBe(2);
    expect(english.text()).toBe(`MISSING  ${nope}: no such file or directory\nOK       ${join(dir, 'good.xml')} (WMO305)\n2 files: 1 valid, 0 invalid, 1 not found\n`);
    expect(englishErr.text()).toBe('iwmo: 1 of the arguments does not exist (see FILE-NOT-FOUND above)\n');
  });

  it('exits 2 on usage errors from the command line, with one line and no stack trace', async () => {
    const missing = await iwmo(['validate', '--json', join(dir, 'good.xml'), join(dir, 'nope.xml')]);
    expect(missing).toMatchObject({ code: 2, stderr: 'iwmo: 1 van de argumenten bestaat niet (zie FILE-NOT-FOUND hierboven)\n' });
    expect(missing.stdout.trim().split('\n')).toHaveLength(2);
    expect(await iwmo(['validate', '--lang', 'en', join(dir, 'nope.xml')])).toMatchObject({ code: 2, stderr: 'iwmo: 1 of the arguments does not exist (see FILE-NOT-FOUND above)\n' });
    expect(await iwmo(['validate', join(dir, 'nope.xml')], { env: { IWMO_LANG: 'en' } })).toMatchObject({ code: 2, stderr: 'iwmo: 1 of the arguments does not exist (see FILE-NOT-FOUND above)\n' });
    const noArgs = await iwmo(['validate']);
    expect(noArgs).toMatchObject({ code: 2, stderr: expect.stringMatching(/^fout: het verplichte argument 'file-or-dir' ontbreekt\n$/) });
    expect(noArgs.stderr).not.toMatch(/\n\s+at /);
    expect(await iwmo(['validate', '--lang', 'en'])).toMatchObject({ code: 2, stderr: "error: missing required argument 'file-or-dir'\n" });
  });
});
