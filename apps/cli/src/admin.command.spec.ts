/**
 * `iwmo admin` as a user runs it (a child process on the CLI's sources)
 * against the real gateway app running in this process, on Redis and
 * PostgreSQL (PGlite when the test command has no PostgreSQL).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateTestEnv } from '@lib/config';
import { iwmo, startCliTestGateway, type TestGateway } from './testing/cli-test-gateway';

const { redisUrl } = validateTestEnv();
const ADMIN_TOKEN = 'cli-test-admin-token-0123456789abcdef';

(redisUrl ? describe : describe.skip)('iwmo admin against a running gateway', () => {
  let gateway: TestGateway;
  let url: string;
  const admin = (...args: string[]) => iwmo(['admin', ...args, '--url', url, '--token', ADMIN_TOKEN]);
  const english = (...args: string[]) => iwmo(['--lang', 'en', 'admin', ...args, '--url', url, '--token', ADMIN_TOKEN]);

  beforeAll(async () => {
    gateway = await startCliTestGateway('admin', ADMIN_TOKEN);
    url = gateway.url;
  });
  afterAll(() => gateway?.close());

  it('adds and lists parties, and exits 1 with the gateway\'s message when it refuses', async () => {
    const added = await admin('party', 'add', '--role', 'aanbieder', '--code', '12345678', '--name', 'Zorg BV');
    expect(added).toMatchObject({ code: 0, stdout: 'Aangemaakt: aanbieder 12345678 Zorg BV (bezorging: mailbox).\n' });
    const webhook = await english('party', 'add', '--role', 'gemeente', '--code', '0503', '--name', 'Delft', '--webhook', 'https://delft.example/iwmo');
    expect(webhook.code).toBe(0);
    expect(webhook.stdout).toMatch(/^Created gemeente 0503 Delft \(delivery: webhook https:\/\/delft\.example\/iwmo\)\.\nWebhook signing secret \(shown this once.*\): [A-Za-z0-9_-]{43}\n$/);

    // the gateway's own words (its `detail`) follow the CLI's words in the language asked for
    const bad = await admin('party', 'add', '--role', 'aanbieder', '--code', '1234', '--name', 'Zorg');
    expect(bad).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^iwmo: de gateway antwoordde 400: \S[^\n]*\n$/) });
    expect(await english('party', 'add', '--role', 'aanbieder', '--code', '1234', '--name', 'Zorg')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 400: code must be the 8-digit AGB-code/) });
    expect(await english('party', 'add', '--role', 'aanbieder', '--code', '12345678', '--name', 'Again')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 409: A party with code 12345678 already exists/) });

    const list = await admin('party', 'list');
    expect(list.stdout.split('\n')[0]).toMatch(/^ROL\s+CODE\s+NAAM\s+BEZORGING$/);
    expect(list.stdout).toMatch(/aanbieder\s+12345678\s+Zorg BV\s+mailbox/);
    expect((await english('party', 'list')).stdout.split('\n')[0]).toMatch(/^ROLE\s+CODE\s+NAME\s+DELIVERY$/);
    const json = JSON.parse((await admin('party', 'list', '--json')).stdout) as Array<{ code: string }>;
    expect(json.map((p) => p.code).sort()).toEqual(['0503', '12345678']);
  });

  it('creates a key that works, lists it, revokes it', async () => {
    const created = await admin('key', 'create', '--party', '12345678', '--label', 'billing', '--json');
    expect(created.code).toBe(0);
    const { id, key } = JSON.parse(created.stdout) as { id: string; key: string };
    const mailbox = () => fetch(`${url}/v1/mailbox`, { headers: { authorization: `Bearer ${key}` } });
    expect((await mailbox()).status).toBe(200);

    const human = await admin('key', 'create', '--party', '12345678');
    expect(human.stdout).toMatch(/^API-sleutel [A-Za-z0-9]{16} aangemaakt voor 12345678\. Bewaar hem nu.*\niwmo_[A-Za-z0-9]{16}_[A-Za-z0-9_-]{43}\n$/);
    expect((await english('key', 'create', '--party', '12345678')).stdout).toMatch(/^Created API key [A-Za-z0-9]{16} for 12345678\. Store it now.*\niwmo_[A-Za-z0-9]{16}_[A-Za-z0-9_-]{43}\n$/);
    const keys = (await admin('key', 'list', '--party', '12345678')).stdout;
    expect(keys).toMatch(/^ID\s+LABEL\s+AANGEMAAKT\s+INGETROKKEN\n/);
    expect(keys).toMatch(new RegExp(`${id}\\s+billing`));

    expect(await admin('key', 'revoke', id)).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^API-sleutel ${id} van 12345678 is ingetrokken \\(op \\S+\\)\\.\n$`)) });
    expect((await mailbox()).status).toBe(401);
    expect(await english('key', 'revoke', 'doesnotexist0000')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 404: No API key with id doesnotexist0000/) });
  });

  it('sets the delivery channel, lists dead deliveries and reports a requeue the gateway refuses', async () => {
    const set = await admin('delivery', 'set', '--party', '12345678', '--webhook', 'https://zorg.example/in', '--secret', 'our-own-secret-0123456789');
    expect(set).toMatchObject({ code: 0, stdout: '12345678 Zorg BV ontvangt nu via webhook https://zorg.example/in.\n' });
    expect((await english('delivery', 'set', '--party', '12345678', '--mailbox')).stdout).toBe('12345678 Zorg BV now receives by mailbox.\n');
    expect((await admin('deliveries', '--status', 'dead')).stdout).toBe('(geen)\n');
    for (const status of ['delayed', 'fetched']) expect(await english('deliveries', '--status', status)).toMatchObject({ code: 0, stdout: '(none)\n' });
    expect(JSON.parse((await admin('deliveries', '--json')).stdout)).toEqual([]);
    const requeue = await english('requeue', '3b7e3c3a-1111-4222-8333-444455556666');
    expect(requeue).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 404: No delivery 3b7e3c3a/) });
  });

  it('exits 2 on usage errors, with one line in the chosen language', async () => {
    expect(await admin('delivery', 'set', '--party', '12345678')).toMatchObject({ code: 2, stderr: 'iwmo: geef --mailbox of --webhook URL (één van beide)\n' });
    expect(await english('delivery', 'set', '--party', '12345678', '--secret', 's')).toMatchObject({ code: 2, stderr: 'iwmo: give either --mailbox or --webhook URL\n' });
    expect((await admin('delivery', 'set', '--party', '12345678', '--mailbox', '--webhook', 'https://x.example')).code).toBe(2);
    expect((await admin('party', 'add', '--role', 'zorgkantoor', '--code', '12345678', '--name', 'X')).code).toBe(2);
    expect((await admin('party', 'add', '--code', '12345678', '--name', 'X')).code).toBe(2);
    expect(await admin('deliveries', '--status', 'lost')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^fout: de waarde 'lost' van optie '--status <status>' is ongeldig: kies uit pending, delayed/) });
    expect(await admin('audit', '--limit', '0')).toMatchObject({ code: 2, stderr: expect.stringMatching(/is ongeldig: verwacht een geheel getal van 1 tot en met 1000\n$/) });
  });

  it('takes the admin token from .data/dev-keys.json, and without one says how to give it (exit 2)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'iwmo-cli-cwd-'));
    try {
      const none = await iwmo(['admin', 'party', 'list', '--url', url], { cwd });
      expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/^iwmo: geen admin-token: geef --token/) });
      expect(await iwmo(['admin', 'party', 'list', '--url', url], { cwd, env: { IWMO_LANG: 'en' } })).toMatchObject({ code: 2, stderr: expect.stringMatching(/^iwmo: no admin token: pass --token/) });

      mkdirSync(join(cwd, '.data'));
      writeFileSync(join(cwd, '.data', 'dev-keys.json'), JSON.stringify({ adminToken: ADMIN_TOKEN, parties: [] }), { mode: 0o600 });
      expect(await iwmo(['admin', 'party', 'list', '--url', url], { cwd })).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ROL /) });

      writeFileSync(join(cwd, '.data', 'dev-keys.json'), JSON.stringify({ adminToken: 'a-token-from-another-start-xxxxxxxx' }));
      const wrong = await iwmo(['admin', 'party', 'list', '--url', url], { cwd });
      expect(wrong).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: de gateway antwoordde 401: .* Controleer --token, of het adminToken/) });
      const english = await iwmo(['admin', 'party', 'list', '--url', url, '--lang', 'en'], { cwd });
      expect(english).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 401: The admin token is not accepted\. Check --token/) });
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
