/**
 * Personal data at rest, on the real gateway over HTTP and the real PostgreSQL: message bodies
 * and webhook secrets are sealed (the database holds no BSN of a message body in plaintext), and
 * key rotation - a second gateway with a new active key re-wraps everything (the state tables' BSNs too) through
 * POST /v1/admin/encryption/rotate while the bodies still read back byte for byte.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv, validateTestEnv } from '@lib/config';
import { sampleWmo301 } from '@lib/iwmo/testing/sample-messages';
import { DATABASE, PartyRepository, type Database } from '@lib/persistence';
import { testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { createGatewayApp, localUrl } from '../gateway.app';

const { redisUrl } = validateTestEnv();
const postgres = testDatabaseBackends().find((b) => b.name === 'postgres');
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const BSN = '999990019';
const K1 = `k1:${randomBytes(32).toString('base64')}`;
const K2 = `k2:${randomBytes(32).toString('base64')}`;
const LOOKUP_KEY = randomBytes(32).toString('base64');

(redisUrl && postgres ? describe : describe.skip)('personal data at rest (PostgreSQL)', () => {
  let test: TestDatabase;
  let db: Database;
  const apps: NestExpressApplication[] = [];
  const dirs: string[] = [];

  async function gateway(encryptionKeys: string): Promise<string> {
    const dataDir = mkdtempSync(join(tmpdir(), 'iwmo-encryption-'));
    dirs.push(dataDir);
    const config = validateEnv({
      PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl!, SEED_DEMO: 'false', WORKER_MODE: 'separate', ADMIN_TOKEN,
      DATABASE_URL: test.url!, ENCRYPTION_KEYS: encryptionKeys, ENCRYPTION_LOOKUP_KEY: LOOKUP_KEY,
    });
    const app = await createGatewayApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return localUrl(app);
  }

  beforeAll(async () => {
    test = await postgres!.create();
    db = test.db;
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await test?.dispose();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const admin = async (url: string, method: 'GET' | 'POST', path: string) => {
    const response = await fetch(`${url}/v1/admin${path}`, { method, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    return { status: response.status, body: (await response.json()) as { activeKeyId: string; messages: Record<string, number>; webhookSecrets: Record<string, number>; bsns: Record<string, number>; rotation: { running: boolean; rewrapped: number; error: string | null } } };
  };
  const plaintextRows = async () =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM messages WHERE position(convert_to($1, 'UTF8') IN raw) > 0`, [BSN])).rows[0]!.n);

  it('seals message bodies and webhook secrets: the database holds neither in plaintext, the API gives them back', async () => {
    const url = await gateway(K1);
    const parties = new PartyRepository(db);
    await parties.create({ role: 'gemeente', code: '0503', name: 'Delft' });
    const secret = 'a-webhook-secret-of-the-aanbieder';
    const aanbieder = await parties.create({ role: 'aanbieder', code: '12345678', name: 'Zorg BV', deliveryChannel: 'webhook', webhookUrl: 'https://zorg.example/hook', webhookSecret: secret });
    const delft = await parties.createKey((await parties.findByCode('0503'))!.id, 'test');
    const xml = sampleWmo301({ identificatie: 'ENC-1' });
    const submitted = await fetch(`${url}/v1/berichten`, { method: 'POST', headers: { authorization: `Bearer ${delft.key}`, 'content-type': 'application/xml' }, body: xml });
    expect(submitted.status).toBe(202);
    const { id } = (await submitted.json()) as { id: string };

    expect(await plaintextRows()).toBe(0);
    expect(Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM message_events WHERE detail::text LIKE '%' || $1 || '%'`, [BSN])).rows[0]!.n)).toBe(0);
    const stored = (await db.query<{ webhook_secret: string }>('SELECT webhook_secret FROM parties WHERE id = $1', [aanbieder.id])).rows[0]!.webhook_secret;
    expect(stored).toMatch(/^enc:v1:/);
    expect(stored).not.toContain(secret);
    expect((await parties.findById(aanbieder.id))!.webhookSecret).toBe(secret);

    const read = await fetch(`${url}/v1/berichten/${id}/xml`, { headers: { authorization: `Bearer ${delft.key}` } });
    expect(await read.text()).toBe(xml);
    expect((await admin(url, 'GET', '/encryption')).body).toMatchObject({ activeKeyId: 'k1', messages: { k1: 1 }, webhookSecrets: { k1: 1 } });
  });

  it('rotates: a gateway with a new active key re-wraps every value in the background; all of it still opens', async () => {
    // a body stored before encryption (plain) is sealed by the rotation too
    const parties = new PartyRepository(db);
    const key = await parties.createKey((await parties.findByCode('0503'))!.id, 'rotation');
    const old = sampleWmo301({ identificatie: 'ENC-2' }).replaceAll('10000', '20000');
    const submitted = await fetch(`${localUrl(apps[0]!)}/v1/berichten`, { method: 'POST', headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/xml' }, body: old });
    expect(submitted.status).toBe(202);
    await db.query(`UPDATE messages SET raw = convert_to($1, 'UTF8') WHERE identificatie = 'ENC-2'`, [old]);
    expect(await plaintextRows()).toBe(1);
    const url = await gateway(`${K2},${K1}`);
    const before = (await admin(url, 'GET', '/encryption')).body;
    expect(before.activeKeyId).toBe('k2');
    expect(before.messages.k2 ?? 0).toBe(0);
    expect(Object.keys(before.bsns)).toEqual(['k1']); // the toewijzingen of both 301s, sealed under k1

    const started = await admin(url, 'POST', '/encryption/rotate');
    expect(started.status).toBe(202);
    let status = started.body;
    for (let i = 0; i < 100 && status.rotation.running; i++) {
      await new Promise((done) => setTimeout(done, 50));
      status = (await admin(url, 'GET', '/encryption')).body;
    }
    expect(status.rotation).toMatchObject({ running: false, error: null });
    expect(status.rotation.rewrapped).toBeGreaterThanOrEqual(2);
    expect(Object.keys(status.messages)).toEqual(['k2']);
    expect(status.webhookSecrets).toEqual({ k2: 1 });
    expect(status.bsns).toEqual({ k2: before.bsns.k1 });
    expect(await plaintextRows()).toBe(0);

    // the bodies still read back, now through the new key
    const xmlOf = async (identificatie: string) => {
      const { id } = (await db.query<{ id: string }>('SELECT id FROM messages WHERE identificatie = $1', [identificatie])).rows[0]!;
      return (await fetch(`${url}/v1/berichten/${id}/xml`, { headers: { authorization: `Bearer ${key.key}` } })).text();
    };
    expect(await xmlOf('ENC-1')).toBe(sampleWmo301({ identificatie: 'ENC-1' }));
    expect(await xmlOf('ENC-2')).toBe(old);
  });
});
