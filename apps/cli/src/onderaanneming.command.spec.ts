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

    const overlap = await oa('add', '--hoofdaannemer', '12345678', '--onderaannemer', '22222222', '--gemeente', '0503', '--product', '02', '--vanaf', '2026-06-01');
    expect(overlap.code).toBe(1);
    expect(overlap.stderr).toMatch(/^iwmo: the gateway answered 409: producten \(OVERLAPPING_RELATIE\)/);

    const ended = await oa('end', relatie.id, '--tot-en-met', '2026-05-31');
    expect(ended).toMatchObject({ code: 0, stdout: `Relation ${relatie.id} (12345678 -> 11111111 in 0503) now ends on 2026-05-31.\n` });
    expect((await oa('add', '--hoofdaannemer', '12345678', '--onderaannemer', '22222222', '--gemeente', '0503', '--product', '02', '--vanaf', '2026-06-01')).code).toBe(0);

    const list = await oa('list', '--hoofdaannemer', '12345678');
    expect(list.stdout.split('\n')[0]).toMatch(/^ID\s+GEMEENTE\s+HOOFDAANNEMER\s+ONDERAANNEMER\s+VANAF\s+T\/M\s+GOEDKEURING\s+PRODUCTEN$/);
    expect(list.stdout).toMatch(/0503\s+12345678\s+11111111\s+2026-01-01\s+2026-05-31\s+uit\s+02\/02A03, 03 \(all\)/);
    expect(list.stdout).toMatch(/0503\s+12345678\s+22222222\s+2026-06-01\s+open\s+uit\s+02 \(all\)/);
    expect((await oa('add', '--hoofdaannemer', '12345678', '--onderaannemer', '22222222', '--gemeente', '0503', '--product', 'x', '--vanaf', '2026-06-01')).code).toBe(2);
  }, 120_000);
});
