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

  beforeAll(async () => {
    gateway = await startCliTestGateway('admin', ADMIN_TOKEN);
    url = gateway.url;
  });
  afterAll(() => gateway?.close());

  it('adds and lists parties, and exits 1 with the gateway\'s message when it refuses', async () => {
    const added = await admin('party', 'add', '--role', 'aanbieder', '--code', '12345678', '--name', 'Zorg BV');
    expect(added).toMatchObject({ code: 0, stdout: 'Created aanbieder 12345678 Zorg BV (delivery: mailbox).\n' });
    const webhook = await admin('party', 'add', '--role', 'gemeente', '--code', '0503', '--name', 'Delft', '--webhook', 'https://delft.example/iwmo');
    expect(webhook.code).toBe(0);
    expect(webhook.stdout).toMatch(/delivery: webhook https:\/\/delft\.example\/iwmo\)\.\nWebhook signing secret \(shown this once.*\): [A-Za-z0-9_-]{43}\n$/);

    const bad = await admin('party', 'add', '--role', 'aanbieder', '--code', '1234', '--name', 'Zorg');
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toMatch(/^iwmo: the gateway answered 400: code must be the 8-digit AGB-code/);
    expect((await admin('party', 'add', '--role', 'aanbieder', '--code', '12345678', '--name', 'Again'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 409: A party with code 12345678 already exists/) });

    const list = await admin('party', 'list');
    expect(list.stdout.split('\n')[0]).toMatch(/^ROLE\s+CODE\s+NAME\s+DELIVERY$/);
    expect(list.stdout).toMatch(/aanbieder\s+12345678\s+Zorg BV\s+mailbox/);
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
    expect(human.stdout).toMatch(/^Created API key [A-Za-z0-9]{16} for 12345678\. Store it now.*\niwmo_[A-Za-z0-9]{16}_[A-Za-z0-9_-]{43}\n$/);
    expect((await admin('key', 'list', '--party', '12345678')).stdout).toMatch(new RegExp(`${id}\\s+billing`));

    expect(await admin('key', 'revoke', id)).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^Revoked API key ${id} of 12345678`)) });
    expect((await mailbox()).status).toBe(401);
    expect(await admin('key', 'revoke', 'doesnotexist0000')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 404: No API key with id doesnotexist0000/) });
  });

  it('sets the delivery channel, lists dead deliveries and reports a requeue the gateway refuses', async () => {
    const set = await admin('delivery', 'set', '--party', '12345678', '--webhook', 'https://zorg.example/in', '--secret', 'our-own-secret-0123456789');
    expect(set).toMatchObject({ code: 0, stdout: '12345678 Zorg BV now receives by webhook https://zorg.example/in.\n' });
    expect((await admin('delivery', 'set', '--party', '12345678', '--mailbox')).stdout).toBe('12345678 Zorg BV now receives by mailbox.\n');
    expect((await admin('deliveries', '--status', 'dead')).stdout).toBe('(none)\n');
    for (const status of ['delayed', 'fetched']) expect(await admin('deliveries', '--status', status)).toMatchObject({ code: 0, stdout: '(none)\n' });
    expect(JSON.parse((await admin('deliveries', '--json')).stdout)).toEqual([]);
    const requeue = await admin('requeue', '3b7e3c3a-1111-4222-8333-444455556666');
    expect(requeue).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 404: No delivery 3b7e3c3a/) });
  });

  it('exits 2 on usage errors', async () => {
    expect((await admin('delivery', 'set', '--party', '12345678')).code).toBe(2);
    expect((await admin('delivery', 'set', '--party', '12345678', '--mailbox', '--webhook', 'https://x.example')).code).toBe(2);
    expect((await admin('party', 'add', '--role', 'zorgkantoor', '--code', '12345678', '--name', 'X')).code).toBe(2);
    expect((await admin('party', 'add', '--code', '12345678', '--name', 'X')).code).toBe(2);
    expect((await admin('deliveries', '--status', 'lost')).code).toBe(2);
  });

  it('takes the admin token from .data/dev-keys.json, and without one says how to give it (exit 2)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'iwmo-cli-cwd-'));
    try {
      const none = await iwmo(['admin', 'party', 'list', '--url', url], { cwd });
      expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/no admin token: pass --token/) });

      mkdirSync(join(cwd, '.data'));
      writeFileSync(join(cwd, '.data', 'dev-keys.json'), JSON.stringify({ adminToken: ADMIN_TOKEN, parties: [] }), { mode: 0o600 });
      expect(await iwmo(['admin', 'party', 'list', '--url', url], { cwd })).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ROLE/) });

      writeFileSync(join(cwd, '.data', 'dev-keys.json'), JSON.stringify({ adminToken: 'a-token-from-another-start-xxxxxxxx' }));
      const wrong = await iwmo(['admin', 'party', 'list', '--url', url], { cwd });
      expect(wrong).toMatchObject({ code: 1, stderr: expect.stringMatching(/^iwmo: the gateway answered 401: The admin token is not accepted\. Check --token/) });
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
