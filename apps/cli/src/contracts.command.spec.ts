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
  const english = (...args: string[]) => iwmo(['admin', 'contracts', ...args, '--url', gateway.url, '--token', ADMIN_TOKEN, '--lang', 'en']);

  beforeAll(async () => {
    gateway = await startCliTestGateway('contracts', ADMIN_TOKEN);
  });
  afterAll(() => gateway?.close());

  it('shows the register with its illustrative warning, tarieven in euros and contracts, in Dutch and in English', async () => {
    const shown = await contracts('show', '--gemeente', '1842');
    expect(shown.code).toBe(0);
    const lines = shown.stdout.split('\n');
    expect(lines[0]).toMatch(/^Contractregister versie 1: seeded from .*h4-contracts\.json \(CONTRACTS_FILE, /);
    expect(lines[1]).toBe('ILLUSTRATIEF: voorbeeldgegevens, niet het echte contract van de H4-gemeenten (docs/contracts.md).');
    expect(shown.stdout).toMatch(/^GEMEENTE\s+NAAM\s+PRORATIE\n1842\s+Midden-Delfland\s+volle-maand$/m);
    expect(shown.stdout).toMatch(/^GEMEENTE\s+CODE\s+GEBIED\s+TREDE\s+GELDIG\s+TARIEVEN PER MAAND$/m);
    expect(shown.stdout).toMatch(/^1842\s+02A01\s+SPF\s+1\s+vanaf 2025-01-01\s+2025-01-01 €\s386,00; 2026-01-01 €\s398,00; 2026-04-01 €\s412,00$/m);
    expect(shown.stdout).toMatch(/^11223344\s+Demo Dagbesteding\s+1842\s+vanaf 2021-01-01\s+DAG$/m);
    expect(shown.stdout).not.toMatch(/^0503\s/m);

    const english = await iwmo(['admin', 'contracts', 'show', '--gemeente', '1842', '--url', gateway.url, '--token', ADMIN_TOKEN], { env: { IWMO_LANG: 'en' } });
    expect(english.stdout.split('\n')[0]).toMatch(/^Contract register version 1: /);
    expect(english.stdout.split('\n')[1]).toBe('ILLUSTRATIVE: example data, not the real contract of the H4 gemeenten (docs/contracts.md).');
    expect(english.stdout).toMatch(/^1842\s+02A01\s+SPF\s+1\s+from 2025-01-01\s+2025-01-01 €386\.00; 2026-01-01 €398\.00; 2026-04-01 €412\.00$/m);
    expect(english.stdout).toMatch(/^AANBIEDER\s+NAME\s+GEMEENTE\s+CONTRACT\s+PERCELEN\n11223344\s+Demo Dagbesteding\s+1842\s+from 2021-01-01\s+DAG$/m);
  });

  it('sets a tarief retroactively, lists the versions and shows the diff', async () => {
    const set = await contracts('set-tarief', '--code', '02A01', '--vanaf', '2026-04-01', '--tarief', '41500', '--gemeente', '0503', '0603', '--reason', 'reparatie 2026', '--author', 'j.jansen');
    expect(set).toMatchObject({ code: 0, stderr: '' });
    // the lines of the change are the gateway's words
    expect(set.stdout).toMatch(new RegExp(
      '^Versie 2 van het contractregister opgeslagen \\(reparatie 2026\\); de gateway gebruikt haar nu\\.\n' +
        '  - [^\n]*02A01[^\n]*\n' +
        'ILLUSTRATIEF: voorbeeldgegevens, niet het echte contract van de H4-gemeenten \\(docs/contracts\\.md\\)\\.\n$',
    ));
    const versions = await contracts('versions');
    expect(versions.stdout.split('\n')[0]).toMatch(/^VERSIE\s+AANGEMAAKT\s+DOOR\s+ILLUSTRATIEF\s+REDEN$/);
    expect(versions.stdout).toMatch(/^2\s+\S+\s+admin: j\.jansen\s+ja\s+reparatie 2026$/m);
    const englishVersions = await english('versions');
    expect(englishVersions.stdout.split('\n')[0]).toMatch(/^VERSION\s+CREATED\s+BY\s+ILLUSTRATIVE\s+REASON$/);
    expect(englishVersions.stdout).toMatch(/^2\s+\S+\s+admin: j\.jansen\s+yes\s+reparatie 2026$/m);
    expect((await contracts('diff', '1', '2')).stdout).toMatch(/^Van versie 1 naar 2:\n {2}- [^\n]*02A01[^\n]*\n$/);
    const diff = await english('diff', '1', '2');
    expect(diff.stdout).toBe('From version 1 to 2:\n  - Tarief of 02A01 from 2026-04-01: €412.00 -> €415.00 in Delft (0503), Rijswijk (0603).\n');
    expect((await english('diff', '2', '2')).stdout).toBe('No changes from version 2 to 2.\n');
  });

  it('adds and ends contracts and sets the declaratiebeleid', async () => {
    const added = await contracts('add-contract', '--aanbieder', '11223344', '--gemeente', '0603', '--perceel', 'DAG', 'HUI', '--vanaf', '2026-07-01', '--reason', 'gunning');
    expect(added.stdout).toMatch(/^Versie 3 van het contractregister opgeslagen \(gunning\).*\n  - \S/);
    const ended = await english('end-contract', '--aanbieder', '11223344', '--perceel', 'HUI', '--tot', '2026-12-31', '--reason', 'einde');
    expect(ended.stdout).toMatch(/  - Contract of 11223344 Demo Dagbesteding for HUI in Rijswijk \(0603\) ends on 2026-12-31\.\n/);
    const beleid = await contracts('set-beleid', '--gemeente', '1842', '--proratie', 'kalenderdagen', '--reason', 'uniformering', '--json');
    expect(JSON.parse(beleid.stdout)).toMatchObject({ saved: true, version: { version: 5 }, changes: [{ kind: 'declaratiebeleid', text: 'Declaratiebeleid van Midden-Delfland (1842): proratie volle-maand -> kalenderdagen.' }] });
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
      expect(bad.stderr).toMatch(/^iwmo: de gateway antwoordde 400: \S/);
      const englishBad = await english('upload', file, '--reason', 'alleen Delft');
      expect(englishBad.stderr).toMatch(/^iwmo: the gateway answered 400: The contract register was not saved: \d+ problems/);
      expect(englishBad.stderr).toMatch(/\n  - producten\[0\] \(01A01\)\.gemeenten\[1\]: gemeente 0603 is not listed under "gemeenten"\n/);

      writeFileSync(file, JSON.stringify({ ...document, description: 'the register as uploaded' }));
      const uploaded = await english('upload', file, '--reason', 'terug naar het bestand', '--based-on', '5');
      expect(uploaded.code).toBe(0);
      // back to version 1's content: the changes of versions 2 to 5 are undone
      expect(uploaded.stdout).toMatch(/^Saved contract register version 6 \(terug naar het bestand\)/);
      expect(uploaded.stdout).toContain('  - Tarief of 02A01 from 2026-04-01: €415.00 -> €412.00 in Delft (0503), Rijswijk (0603).');
      const stale = await english('upload', file, '--reason', 'nog eens', '--based-on', '5');
      expect(stale.code).toBe(1);
      expect(stale.stderr).toMatch(/answered 409: The change was based on contract register version 5, but version 6 is the latest now/);
      expect(await contracts('upload', file, '--reason', 'nog eens', '--based-on', '5')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: de gateway antwoordde 409: \S/) });

      expect(await contracts('upload', join(dir, 'missing.json'), '--reason', 'x')).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing\.json: bestand of map bestaat niet\n$/) });
      expect(await english('upload', join(dir, 'missing.json'), '--reason', 'x')).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing\.json: no such file or directory\n$/) });
      expect(await contracts('set-tarief', '--code', '02A01', '--vanaf', '2026-13-01', '--tarief', '41200', '--reason', 'x')).toMatchObject({
        code: 2, stderr: "fout: de waarde '2026-13-01' van optie '--vanaf <date>' is ongeldig: verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-04-01\n",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
