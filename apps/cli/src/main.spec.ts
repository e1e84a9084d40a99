/**
 * The `iwmo` command as a user meets it (a child process on the sources): its version, tables
 * with headers, and every user error as one line with exit code 2, never a stack trace; Dutch
 * unless `--lang en` or IWMO_LANG=en asks for English.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageVersion } from '@lib/config';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { iwmo, type Run } from './testing/cli-test-gateway';
import { CommanderError } from 'commander';
import { commanderErrorLine } from './commander-lang';
import { sayIn } from './lang';
import { buildProgram, isUserError, oneLine, userErrorLine } from './main';

const STACK = /\n\s+at /;

/** A loopback port nothing listens on (one was just listening and closed). */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** One line on stderr, exit 2, nothing on stdout. */
const expectUserError = (run: Run, message: RegExp) => {
  expect(run).toMatchObject({ code: 2, stdout: '' });
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(STACK);
};

describe('iwmo', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iwmo-main-'));
    writeFileSync(join(dir, 'bad-register.json'), '{"gemeenten": ');
    writeFileSync(join(dir, 'wmo305.xml'), sampleWmo305());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its version with --version and -V', async () => {
    for (const flag of ['--version', '-V']) expect(await iwmo([flag])).toEqual({ code: 0, stdout: `${packageVersion()}\n`, stderr: '' });
  });

  it('answers an unknown option or command with one line and exit 2, in Dutch unless English is asked for', async () => {
    expectUserError(await iwmo(['validate', '--frobnicate', 'x.xml']), /^fout: onbekende optie '--frobnicate'\n$/);
    expectUserError(await iwmo(['frobnicate']), /^fout: onbekende opdracht 'frobnicate'\n$/);
    expectUserError(await iwmo(['--lang', 'en', 'validate', '--frobnicate', 'x.xml']), /^error: unknown option '--frobnicate'\n$/);
    expectUserError(await iwmo(['frobnicate'], { env: { IWMO_LANG: 'en' } }), /^error: unknown command 'frobnicate'\n$/);
    // commander's suggestion stays on the same line
    expectUserError(await iwmo(['validate', '--jsn', 'x.xml']), /^fout: onbekende optie '--jsn' \(bedoelde u --json\?\)\n$/);
  });

  it('shows its help in Dutch, and in English with --lang en or IWMO_LANG=en (the option wins)', async () => {
    const dutch = await iwmo(['--help']);
    expect(dutch).toMatchObject({ code: 0, stderr: '' });
    expect(dutch.stdout).toMatch(/^Gebruik: iwmo \[options\] \[command\]\n\niWmo 3\.2-gereedschap van de H4-gateway\n/);
    expect(dutch.stdout).toMatch(/\nOpties:\n[\s\S]*--lang <lang> +de taal van de uitvoer[\s\S]*\nOpdrachten:\n {2}validate /);
    expect(dutch.stdout).toMatch(/-h, --help +toont de hulp bij deze opdracht/);
    for (const english of [await iwmo(['--lang', 'en', '--help']), await iwmo(['--help'], { env: { IWMO_LANG: 'en' } }), await iwmo(['--help', '--lang=en-GB'], { env: { IWMO_LANG: 'nl' } })]) {
      expect(english).toMatchObject({ code: 0, stderr: '' });
      expect(english.stdout).toMatch(/^Usage: iwmo \[options\] \[command\]\n\niWmo 3\.2 tools of the H4 gateway\n/);
      expect(english.stdout).toMatch(/\nOptions:\n[\s\S]*-h, --help +display help for command\n[\s\S]*\nCommands:\n {2}validate /);
    }
    expect((await iwmo(['--lang', 'nl', '--help'], { env: { IWMO_LANG: 'en' } })).stdout).toMatch(/^Gebruik: /);
  });

  it('answers a --lang or IWMO_LANG that is no language with one line and exit 2, naming nl and en', async () => {
    expectUserError(await iwmo(['--lang', 'de', 'rules']), /^iwmo: onbekende taal 'de' in --lang; kies een van nl, en /);
    expectUserError(await iwmo(['rules', '--lang=fr']), /^iwmo: onbekende taal 'fr' in --lang; kies een van nl, en /);
    // said in the language the variable names
    expectUserError(await iwmo(['--lang', 'de', 'rules'], { env: { IWMO_LANG: 'en' } }), /^iwmo: unknown language 'de' in --lang; choose one of nl, en /);
    expectUserError(await iwmo(['rules'], { env: { IWMO_LANG: 'klingon' } }), /^iwmo: onbekende taal 'klingon' in IWMO_LANG; kies een van nl, en /);
    // the option wins over a variable that is no language
    expect(await iwmo(['--lang', 'en', '--version'], { env: { IWMO_LANG: 'klingon' } })).toMatchObject({ code: 0, stderr: '' });
  });

  it('says commander\'s parse errors in the chosen language, one line each', async () => {
    const errorOf = async (args: string[], lang: 'nl' | 'en') => {
      try {
        await buildProgram(lang).parseAsync(args, { from: 'user' });
      } catch (error) {
        if (error instanceof CommanderError) return commanderErrorLine(error, sayIn(lang));
        throw error;
      }
      throw new Error(`${args.join(' ')} parsed`);
    };
    expect(await errorOf(['validate'], 'nl')).toBe("fout: het verplichte argument 'file-or-dir' ontbreekt");
    expect(await errorOf(['validate'], 'en')).toBe("error: missing required argument 'file-or-dir'");
    expect(await errorOf(['replay', '--contracts'], 'nl')).toBe("fout: de optie '--contracts <file>' mist haar waarde");
    expect(await errorOf(['admin', 'party', 'add', '--code', '1', '--name', 'x'], 'en')).toBe("error: required option '--role <role>' not specified");
    expect(await errorOf(['admin', 'party', 'add', '--role', 'x'], 'nl')).toBe("fout: de waarde 'x' van optie '--role <role>' is ongeldig: kies uit gemeente, aanbieder");
    expect(await errorOf(['admin', 'party', 'add', '--role', 'x'], 'en')).toBe("error: option '--role <role>' argument 'x' is invalid: allowed choices are gemeente, aanbieder");
    expect(await errorOf(['rules', 'extra'], 'nl')).toBe("fout: te veel argumenten voor 'rules': 0 verwacht, 1 gegeven");
    expect(await errorOf(['frobnicate'], 'en')).toBe("error: unknown command 'frobnicate'");
    expect(await errorOf(['validte'], 'nl')).toBe("fout: onbekende opdracht 'validte' (bedoelde u validate?)");
  });

  it('answers a contract register that is not JSON with one line and exit 2, not a stack trace', async () => {
    const args = ['replay', '--contracts', join(dir, 'bad-register.json'), join(dir, 'wmo305.xml')];
    expectUserError(await iwmo(args), /^iwmo: .*bad-register\.json is geen geldig contractregister \(zie docs\/contracts\.md\): - is geen JSON/);
    expectUserError(await iwmo(['--lang', 'en', ...args]), /^iwmo: .*bad-register\.json is not a valid contract register \(see docs\/contracts\.md\): - is not JSON/);
  });

  it('answers a missing file to replay, and an unreachable gateway, with one line and exit 2', async () => {
    expectUserError(await iwmo(['replay', join(dir, 'nope.xml')]), /^iwmo: geen bestand: .*nope\.xml \(het bestaat niet of is een map\)\n$/);
    expectUserError(await iwmo(['replay', '--lang', 'en', join(dir, 'nope.xml')]), /^iwmo: no such file: .*nope\.xml\n$/);
    expectUserError(await iwmo(['replay', join(dir, 'nope.xml')], { env: { IWMO_LANG: 'en' } }), /^iwmo: no such file: .*nope\.xml\n$/);
    const closed = await closedPort();
    const unreachable = ['admin', 'party', 'list', '--url', `http://127.0.0.1:${closed}`, '--token', 'x'.repeat(32)];
    expectUserError(await iwmo(unreachable), new RegExp(`^iwmo: de gateway op http://127\\.0\\.0\\.1:${closed} is niet bereikbaar \\(ECONNREFUSED\\)`));
    expectUserError(await iwmo(['--lang', 'en', ...unreachable]), new RegExp(`^iwmo: cannot reach the gateway at http://127\\.0\\.0\\.1:${closed} \\(ECONNREFUSED\\)`));
  });

  it('answers demo seed without a keys file, or with a bad --wait, with one line in the chosen language', async () => {
    const seed = ['demo', 'seed', '--keys-file', join(dir, 'no-keys.json'), '--url', 'http://127.0.0.1:9'];
    expectUserError(await iwmo(seed), /^iwmo: geen leesbaar sleutelbestand \S+no-keys\.json: start de gateway met de ingebouwde database/);
    expectUserError(await iwmo(seed, { env: { IWMO_LANG: 'en' } }), /^iwmo: no readable keys file \S+no-keys\.json: start the gateway with the embedded database/);
    expectUserError(await iwmo(['demo', 'seed', '--wait', '-1']), /^fout: de waarde '-1' van optie '--wait <seconds>' is ongeldig: --wait: een heel aantal seconden, 0 of meer\n$/);
  });

  it('prints the rule catalogue as a table with a header, in Dutch and in English', async () => {
    const run = await iwmo(['rules', '--message', 'WMO325']);
    expect(run.code).toBe(0);
    const [header, first] = run.stdout.split('\n');
    expect(header).toMatch(/^geïmplementeerd +regel +retourcode +niveau +definitie$/);
    expect(first).toMatch(/^(ja|nee) +[A-Z]{2}\d{3} /);
    expect(run.stdout).toMatch(/\n\d+ regels, \d+ geïmplementeerd\n$/);
    for (const english of [await iwmo(['rules', '--message', 'WMO325', '--lang', 'en']), await iwmo(['rules', '--message', 'WMO325'], { env: { IWMO_LANG: 'en' } })]) {
      const [header, first] = english.stdout.split('\n');
      expect(header).toMatch(/^implemented +rule +retourcode +level +definition$/);
      expect(first).toMatch(/^(yes|no) +[A-Z]{2}\d{3} /);
      expect(english.stdout).toMatch(/\n\d+ rules, \d+ implemented\n$/);
      // the definitions are the standard's own words, the same in both languages
      expect(english.stdout.split('\n').slice(1, -2).map((l) => l.replace(/^\S+\s+/, ''))).toEqual(run.stdout.split('\n').slice(1, -2).map((l) => l.replace(/^\S+\s+/, '')));
    }
  });

  it('tells user errors from its own faults, and makes a multi-line message one line', () => {
    expect(isUserError(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }))).toBe(true);
    expect(isUserError(new TypeError('x is undefined'))).toBe(false);
    expect(oneLine(new Error('not a valid register:\n  - is not JSON\n  - no gemeenten'))).toBe('not a valid register: - is not JSON - no gemeenten');
  });

  it('says a file error on a path in the chosen language', () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open 'x.json'"), { code: 'ENOENT', path: 'x.json' });
    expect(userErrorLine(missing, sayIn('nl'))).toBe('x.json: bestand of map bestaat niet');
    expect(userErrorLine(missing, sayIn('en'))).toBe('x.json: no such file or directory');
    expect(userErrorLine(Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' }), sayIn('nl'))).toBe('EISDIR: illegal operation on a directory, read');
  });
});
