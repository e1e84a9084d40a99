/**
 * The `iwmo` command as a user meets it (a child process on the sources): its version, tables
 * with headers, and every user error as one line with exit code 2, never a stack trace.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageVersion } from '@lib/config';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { iwmo, type Run } from './testing/cli-test-gateway';
import { isUserError, oneLine } from './main';

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

  it('answers an unknown option or command with one line and exit 2', async () => {
    expectUserError(await iwmo(['validate', '--frobnicate', 'x.xml']), /^error: unknown option '--frobnicate'/);
    expectUserError(await iwmo(['frobnicate']), /^error: unknown command 'frobnicate'/);
  });

  it('answers a contract register that is not JSON with one line and exit 2, not a stack trace', async () => {
    const run = await iwmo(['replay', '--contracts', join(dir, 'bad-register.json'), join(dir, 'wmo305.xml')]);
    expectUserError(run, /^iwmo: .*bad-register\.json is not a valid contract register \(see docs\/contracts\.md\): - is not JSON/);
  });

  it('answers a missing file to replay, and an unreachable gateway, with one line and exit 2', async () => {
    expectUserError(await iwmo(['replay', join(dir, 'nope.xml')]), /^iwmo: .*nope\.xml/);
    const closed = await closedPort();
    expectUserError(await iwmo(['admin', 'party', 'list', '--url', `http://127.0.0.1:${closed}`, '--token', 'x'.repeat(32)]), new RegExp(`^iwmo: cannot reach the gateway at http://127\\.0\\.0\\.1:${closed} \\(ECONNREFUSED\\)`));
  });

  it('prints the rule catalogue as a table with a header', async () => {
    const run = await iwmo(['rules', '--message', 'WMO325']);
    expect(run.code).toBe(0);
    const [header, first] = run.stdout.split('\n');
    expect(header).toMatch(/^implemented +rule +retourcode +level +definition$/);
    expect(first).toMatch(/^(yes|no) +[A-Z]{2}\d{3} /);
    expect(run.stdout).toMatch(/\n\d+ rules, \d+ implemented\n$/);
  });

  it('tells user errors from its own faults, and makes a multi-line message one line', () => {
    expect(isUserError(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }))).toBe(true);
    expect(isUserError(new TypeError('x is undefined'))).toBe(false);
    expect(oneLine(new Error('not a valid register:\n  - is not JSON\n  - no gemeenten'))).toBe('not a valid register: - is not JSON - no gemeenten');
  });
});
