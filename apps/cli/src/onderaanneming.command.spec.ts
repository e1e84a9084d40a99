/**
 * `iwmo admin onderaanneming` as a user runs it (a child process on the CLI's sources) against
 * the real gateway app running in this process.
 */
import { validateTestEnv } from '@lib/config';
import { PartyRepository } from '@lib/persistence';
import { iwmo, startCliTestGateway, type TestGateway } from './testing/cli-test-gateway';

const { redisUrl } = validateTestEnv();
const ADMIN_TOKEN = 'cli-test-admin-token-0123456789abcdef';

(redisUrl ? describe : describe.skip)('iwmo admin onderaanneming against a running gateway', () => {
  let gateway: TestGateway;
  const oa = (...args: string[]) => iwmo(['admin', 'onderaanneming', ...args, '--url', gateway.url, '--token', ADMIN_TOKEN]);
  const english = (...args: string[]) => iwmo(['admin', 'onderaanneming', ...args, '--url', gateway.url, '--token', ADMIN_TOKEN], { env: { IWMO_LANG: 'en' } });

  beforeAll(async () => {
    gateway = await startCliTestGateway('oa', ADMIN_TOKEN);
    const parties = new PartyRepository(gateway.db);
    for (const code of ['12345678', '11111111', '22222222']) await parties.create({ role: 'aanbieder', code, name: code });
  });
  afterAll(() => gateway?.close());

  it('adds, lists and ends relations, and exits 1 with the reason when the gateway refuses an overlap', async () => {
    const added = await oa('add', '--hoofdaannemer', '12345678', '--onderaannemer', '11111111', '--gemeente', '0503', '--product', '02/02A03', '--product', '03', '--vanaf', '2026-01-01', '--json');
    expect(added.code).toBe(0);
    const relatie = JSON.parse(added.stdout) as { id: string; producten: unknown[] };
    expect(relatie.producten).toEqual([{ categorie: '02', code: '02A03' }, { categorie: '03' }]);

    const overlapping = ['add', '--hoofdaannemer', '12345678', '--onderaannemer', '22222222', '--gemeente', '0503', '--product', '02', '--vanaf', '2026-06-01'];
    expect(await oa(...overlapping)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: de gateway antwoordde 409: \S/) });
    expect(await english(...overlapping)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 409: producten \(OVERLAPPING_RELATIE\)/) });

    const ended = await oa('end', relatie.id, '--tot-en-met', '2026-05-31');
    expect(ended).toMatchObject({ code: 0, stdout: `Relatie ${relatie.id} (12345678 -> 11111111 in 0503) eindigt nu op 2026-05-31.\n` });
    const added2 = await english('add', '--hoofdaannemer', '12345678', '--onderaannemer', '22222222', '--gemeente', '0503', '--product', '02', '--vanaf', '2026-06-01');
    expect(added2).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Registered relation \S+: 12345678 delegates 02 \(all\) in 0503 to 22222222, 2026-06-01 to open\.\n$/) });

    const list = await oa('list', '--hoofdaannemer', '12345678');
    expect(list.stdout.split('\n')[0]).toMatch(/^ID\s+GEMEENTE\s+HOOFDAANNEMER\s+ONDERAANNEMER\s+VANAF\s+T\/M\s+GOEDKEURING\s+PRODUCTEN$/);
    expect(list.stdout).toMatch(/0503\s+12345678\s+11111111\s+2026-01-01\s+2026-05-31\s+uit\s+02\/02A03, 03 \(alle\)/);
    expect(list.stdout).toMatch(/0503\s+12345678\s+22222222\s+2026-06-01\s+open\s+uit\s+02 \(alle\)/);
    const englishList = await english('list', '--hoofdaannemer', '12345678');
    expect(englishList.stdout.split('\n')[0]).toMatch(/^ID\s+GEMEENTE\s+HOOFDAANNEMER\s+ONDERAANNEMER\s+FROM\s+TO\s+APPROVAL\s+PRODUCTS$/);
    expect(englishList.stdout).toMatch(/0503\s+12345678\s+22222222\s+2026-06-01\s+open\s+off\s+02 \(all\)/);
    expect(await oa('add', '--hoofdaannemer', '12345678', '--onderaannemer', '22222222', '--gemeente', '0503', '--product', 'x', '--vanaf', '2026-06-01')).toMatchObject({
      code: 2, stderr: "fout: de waarde 'x' van optie '--product <categorie[/code]>' is ongeldig: geef een ProductCategorie (02) of categorie/code (02/02A03)\n",
    });
  }, 120_000);
});
