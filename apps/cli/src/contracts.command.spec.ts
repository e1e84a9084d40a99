/**
 * `iwmo admin contracts` as a user runs it (a child process on the CLI's sources) against the
 * real gateway app running in this process, on Redis and PostgreSQL (PGlite when the test
 * command has no PostgreSQL).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateTestEnv } from '@lib/config';
import { iwmo, startCliTestGateway, type TestGateway } from './testing/cli-test-gateway';

const { redisUrl } = validateTestEnv();
const ADMIN_TOKEN = 'cli-contracts-admin-token-0123456789abcdef';

(redisUrl ? describe : describe.skip)('iwmo admin contracts against a running gateway', () => {
  let gateway: TestGateway;
  const contracts = (...args: string[]) => iwmo(['admin', 'contracts', ...args, '--url', gateway.url, '--token', ADMIN_TOKEN]);

  beforeAll(async () => {
    gateway = await startCliTestGateway('contracts', ADMIN_TOKEN);
  });
  afterAll(() => gateway?.close());

  it('shows the register with its illustrative warning, tarieven and contracts', async () => {
    const shown = await contracts('show', '--gemeente', '1842');
    expect(shown.code).toBe(0);
    const lines = shown.stdout.split('\n');
    expect(lines[0]).toMatch(/^Contract register version 1: seeded from .*h4-contracts\.json \(CONTRACTS_FILE, /);
    expect(lines[1]).toBe('ILLUSTRATIVE: example data, not the real contract of the H4 gemeenten (docs/contracts.md).');
    expect(shown.stdout).toMatch(/^1842\s+Midden-Delfland\s+volle-maand$/m);
    expect(shown.stdout).toMatch(/^1842\s+02A01\s+SPF\s+1\s+from 2025-01-01\s+2025-01-01 EUR 386\.00; 2026-01-01 EUR 398\.00; 2026-04-01 EUR 412\.00$/m);
    expect(shown.stdout).toMatch(/^11223344\s+Demo Dagbesteding\s+1842\s+from 2021-01-01\s+DAG$/m);
    expect(shown.stdout).not.toMatch(/^0503\s/m);
  });

  it('sets a tarief retroactively, lists the versions and shows the diff', async () => {
    const set = await contracts('set-tarief', '--code', '02A01', '--vanaf', '2026-04-01', '--tarief', '41500', '--gemeente', '0503', '0603', '--reason', 'reparatie 2026', '--author', 'j.jansen');
    expect(set).toMatchObject({ code: 0, stderr: '' });
    expect(set.stdout).toBe(
      'Saved contract register version 2 (reparatie 2026); the gateway uses it now.\n' +
        '  - Tarief of 02A01 from 2026-04-01: EUR 412.00 -> EUR 415.00 in Delft (0503), Rijswijk (0603).\n' +
        'ILLUSTRATIVE: example data, not the real contract of the H4 gemeenten (docs/contracts.md).\n',
    );
    const versions = await contracts('versions');
    expect(versions.stdout.split('\n')[0]).toMatch(/^VERSION\s+CREATED\s+BY\s+ILLUSTRATIVE\s+REASON$/);
    expect(versions.stdout).toMatch(/^2\s+\S+\s+admin: j\.jansen\s+yes\s+reparatie 2026$/m);
    const diff = await contracts('diff', '1', '2');
    expect(diff.stdout).toBe('From version 1 to 2:\n  - Tarief of 02A01 from 2026-04-01: EUR 412.00 -> EUR 415.00 in Delft (0503), Rijswijk (0603).\n');
  });

  it('adds and ends contracts and sets the declaratiebeleid', async () => {
    const added = await contracts('add-contract', '--aanbieder', '11223344', '--gemeente', '0603', '--perceel', 'DAG', 'HUI', '--vanaf', '2026-07-01', '--reason', 'gunning');
    expect(added.stdout).toMatch(/^Saved contract register version 3 \(gunning\).*\n  - Contract added: 11223344 Demo Dagbesteding for DAG, HUI in Rijswijk \(0603\) from 2026-07-01\.\n/);
    const ended = await contracts('end-contract', '--aanbieder', '11223344', '--perceel', 'HUI', '--tot', '2026-12-31', '--reason', 'einde');
    expect(ended.stdout).toMatch(/  - Contract of 11223344 Demo Dagbesteding for HUI in Rijswijk \(0603\) ends on 2026-12-31\.\n/);
    const beleid = await contracts('set-beleid', '--gemeente', '1842', '--proratie', 'kalenderdagen', '--reason', 'uniformering', '--json');
    expect(JSON.parse(beleid.stdout)).toMatchObject({ saved: true, version: { version: 5 }, changes: [{ kind: 'declaratiebeleid', text: 'Declaratiebeleid of Midden-Delfland (1842): proratie volle-maand -> kalenderdagen.' }] });
  });

  it('downloads a version and uploads an edited file; a wrong file exits 1 with every problem, a missing one 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iwmo-cli-register-'));
    try {
      const file = join(dir, 'register.json');
      expect((await contracts('download', '1', '--out', file)).code).toBe(0);
      const document = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(document.illustrative).toBe(true);

      writeFileSync(file, JSON.stringify({ ...document, illustrative: false, gemeenten: { '0503': 'Delft' } }));
      const bad = await contracts('upload', file, '--reason', 'alleen Delft');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/^iwmo: de gateway antwoordde 400: The contract register was not saved: \d+ problems/);
      expect(bad.stderr).toMatch(/\n  - producten\[0\] \(01A01\)\.gemeenten\[1\]: gemeente 0603 is not listed under "gemeenten"\n/);

      writeFileSync(file, JSON.stringify({ ...document, description: 'the register as uploaded' }));
      const uploaded = await contracts('upload', file, '--reason', 'terug naar het bestand', '--based-on', '5');
      expect(uploaded.code).toBe(0);
      // back to version 1's content: the changes of versions 2 to 5 are undone
      expect(uploaded.stdout).toMatch(/^Saved contract register version 6 \(terug naar het bestand\)/);
      expect(uploaded.stdout).toContain('  - Tarief of 02A01 from 2026-04-01: EUR 415.00 -> EUR 412.00 in Delft (0503), Rijswijk (0603).');
      const stale = await contracts('upload', file, '--reason', 'nog eens', '--based-on', '5');
      expect(stale.code).toBe(1);
      expect(stale.stderr).toMatch(/antwoordde 409: The change was based on contract register version 5, but version 6 is the latest now/);

      expect(await contracts('upload', join(dir, 'missing.json'), '--reason', 'x')).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing\.json: no such file/) });
      expect((await contracts('set-tarief', '--code', '02A01', '--vanaf', '2026-13-01', '--tarief', '41200', '--reason', 'x')).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
