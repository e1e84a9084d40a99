/**
 * The admin API through HTTP on the real gateway app (in-process), on the real
 * Redis and on both databases: who may call it, parties, keys (create, use,
 * revoke), delivery channels, dead letters and the audit log.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Queue } from 'bullmq';
import { validateEnv, validateTestEnv } from '@lib/config';
import { AuditRepository, DATABASE, DeliveryRepository, MessageRepository, PartyRepository, type Database } from '@lib/persistence';
import { assertPgliteCanLoad, testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { QueueName } from '@lib/queue';
import { createGatewayApp, localUrl } from '../gateway.app';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

interface Started {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

async function start(env: Record<string, string>, test: TestDatabase | undefined): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iwmo-admin-'));
  const config = validateEnv({
    PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl!, SEED_DEMO: 'false', WORKER_MODE: 'separate',
    ...(test ? { DATABASE_URL: test.url! } : {}),
    ...env,
  });
  const app = await createGatewayApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  return {
    app,
    url: localUrl(app),
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface Problem {
  status: number;
  title: string;
  detail: string;
}

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('admin API on %s', (name, backend) => {
  let gateway: Started;
  let test: TestDatabase | undefined;
  let db: Database;

  beforeAll(async () => {
    if (name === 'pglite') assertPgliteCanLoad();
    else test = await backend.create();
    gateway = await start({ ADMIN_TOKEN }, test);
    db = gateway.app.get<Database>(DATABASE);
  });
  afterAll(async () => {
    await gateway?.close();
    await test?.dispose();
  });

  const call = async <T = unknown>(method: string, path: string, body?: unknown, token: string | null = ADMIN_TOKEN, lang?: string) => {
    const response = await fetch(`${gateway.url}${path}`, {
      method,
      headers: {
        ...(token !== null && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }), ...(lang && { 'accept-language': lang }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  const auditEntries = async () => (await call<Array<{ actor: string; action: string; outcome: string; reason: string | null; detail: Record<string, unknown> }>>('GET', '/v1/admin/audit?limit=1000')).body;

  it('refuses a request without the admin token or with a wrong one (401) and audit-logs both refusals', async () => {
    const none = await call<Problem>('GET', '/v1/admin/parties', undefined, null);
    expect(none.status).toBe(401);
    expect(none.body.detail).toMatch(/Bearer/);
    const wrong = await call<Problem>('GET', '/v1/admin/parties', undefined, 'not-the-admin-token-at-all-xxxx');
    expect(wrong.status).toBe(401);
    // A party's API key is no admin token either.
    const party = await new PartyRepository(db).create({ role: 'aanbieder', code: '55555555', name: 'Sleutel BV' });
    const { key } = await new PartyRepository(db).createKey(party.id, null);
    expect((await call('GET', '/v1/admin/parties', undefined, key)).status).toBe(401);

    const refused = (await auditEntries()).filter((e) => e.outcome === 'refused' && e.action === 'admin.party.list');
    expect(refused.map((e) => [e.actor, e.reason])).toEqual(
      expect.arrayContaining([['admin', 'no admin token'], ['admin', 'wrong admin token']]),
    );
    expect(JSON.stringify(refused)).not.toContain('not-the-admin-token');
  });

  it('creates parties and answers 400 naming the field for bad codes and channels', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ role: 'gemeente', code: '503', name: 'Delft' }, /^code must be the 4-digit CBS gemeentecode/],
      [{ role: 'gemeente', code: '9999', name: 'Nergens' }, /^code 9999 is not a CBS gemeentecode/],
      [{ role: 'aanbieder', code: '1234', name: 'Zorg' }, /^code must be the 8-digit AGB-code/],
      [{ role: 'aanbieder', code: '1234567a', name: 'Zorg' }, /^code must be the 8-digit AGB-code/],
      [{ role: 'zorgkantoor', code: '12345678', name: 'Zorg' }, /^role must be one of gemeente, aanbieder/],
      [{ role: 'aanbieder', code: '12345678', name: '  ' }, /^name must not be empty/],
      [{ role: 'aanbieder', code: '12345678', name: 'Zorg', webhookUrl: 'ftp://zorg.example/in' }, /^webhookUrl must be an http/],
      [{ role: 'aanbieder', code: '12345678', name: 'Zorg', deliveryChannel: 'webhook' }, /^webhookUrl is required/],
      [{ role: 'aanbieder', code: '12345678', name: 'Zorg', deliveryChannel: 'mailbox', webhookUrl: 'https://zorg.example/in' }, /webhookUrl must be left out/],
      [{ role: 'aanbieder', code: '12345678', name: 'Zorg', id: 'x' }, /property id should not exist/],
    ];
    for (const [body, message] of cases) {
      const response = await call<Problem>('POST', '/v1/admin/parties', body, ADMIN_TOKEN, 'en');
      expect([response.status, response.body.detail]).toEqual([400, expect.stringMatching(message)]);
    }
    // Dutch unless English is asked for, every problem named.
    const inDutch = await call<Problem>('POST', '/v1/admin/parties', { role: 'zorgkantoor', code: '12345678', name: '  ', id: 'x' });
    expect([inDutch.status, inDutch.body.title, inDutch.body.detail]).toEqual([
      400, 'Ongeldig verzoek', 'veld id bestaat niet; laat het weg; role moet een van deze waarden zijn: gemeente, aanbieder; name mag niet leeg zijn',
    ]);

    const delft = await call('POST', '/v1/admin/parties', { role: 'gemeente', code: '0503', name: 'Delft' });
    expect(delft).toEqual({ status: 201, body: { role: 'gemeente', code: '0503', name: 'Delft', deliveryChannel: 'mailbox', webhookUrl: null } });
    const zorg = await call<{ webhookSecret: string }>('POST', '/v1/admin/parties', { role: 'aanbieder', code: '12345678', name: ' Zorg BV ', webhookUrl: 'https://zorg-bv.example/in' });
    expect(zorg.status).toBe(201);
    expect(zorg.body).toMatchObject({ code: '12345678', name: 'Zorg BV', deliveryChannel: 'webhook', webhookUrl: 'https://zorg-bv.example/in' });
    expect(zorg.body.webhookSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const given = await call('POST', '/v1/admin/parties', { role: 'aanbieder', code: '87654321', name: 'Eigen Geheim', webhookUrl: 'https://zorg.example/in', webhookSecret: 'a-secret-of-our-own-choosing' });
    expect(given.body).not.toHaveProperty('webhookSecret');

    const again = await call<Problem>('POST', '/v1/admin/parties', { role: 'gemeente', code: '0503', name: 'Delft' });
    expect(again.status).toBe(409);

    const list = await call<Array<Record<string, unknown>>>('GET', '/v1/admin/parties');
    expect(list.body.map((p) => p.code)).toEqual(expect.arrayContaining(['0503', '12345678', '87654321']));
    expect(JSON.stringify(list.body)).not.toMatch(/secret/i);

    const audit = await auditEntries();
    expect(audit.find((e) => e.action === 'admin.party.create' && e.outcome === 'allowed')).toMatchObject({ actor: 'admin' });
    expect(audit.find((e) => e.action === 'admin.party.create' && e.outcome === 'refused')?.reason).toMatch(/code|role|name|webhookUrl|property/);
    expect(JSON.stringify(audit)).not.toContain('a-secret-of-our-own-choosing');
  });

  it('creates an API key that authenticates, allows several per party, and refuses a revoked one (401)', async () => {
    await call('POST', '/v1/admin/parties', { role: 'gemeente', code: '0603', name: 'Rijswijk' });
    const first = await call<{ id: string; key: string; partyCode: string; label: string }>('POST', '/v1/admin/parties/0603/keys', { label: 'financiele administratie' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ partyCode: '0603', label: 'financiele administratie', key: expect.stringMatching(/^iwmo_[A-Za-z0-9]{16}_/) });
    const mailbox = (key: string) => fetch(`${gateway.url}/v1/mailbox`, { headers: { authorization: `Bearer ${key}` } });
    expect((await mailbox(first.body.key)).status).toBe(200);

    const second = await call<{ id: string; key: string }>('POST', '/v1/admin/parties/0603/keys', {});
    expect((await mailbox(second.body.key)).status).toBe(200);
    const keys = await call<Array<{ id: string; revokedAt: string | null }>>('GET', '/v1/admin/parties/0603/keys');
    expect(keys.body.map((k) => k.id)).toEqual([first.body.id, second.body.id]);
    expect(JSON.stringify(keys.body)).not.toContain(first.body.key.split('_').slice(2).join('_'));

    const revoked = await call<{ id: string; revokedAt: string }>('POST', `/v1/admin/keys/${first.body.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect((await mailbox(first.body.key)).status).toBe(401);
    expect((await mailbox(second.body.key)).status).toBe(200);
    expect((await call('POST', `/v1/admin/keys/${first.body.id}/revoke`)).status).toBe(200);

    expect((await call('POST', '/v1/admin/keys/0000000000000000/revoke')).status).toBe(404);
    expect((await call('POST', '/v1/admin/parties/9999/keys', {})).status).toBe(404);
    expect((await call('GET', '/v1/admin/parties/9999/keys')).status).toBe(404);
    const audit = await auditEntries();
    expect(audit.find((e) => e.action === 'admin.key.create' && e.outcome === 'allowed')?.detail).toMatchObject({ id: second.body.id });
    expect(JSON.stringify(audit)).not.toContain(second.body.key);
  });

  it('refuses webhook URLs the policy does not allow (400 naming the rule and the fix), at creation and when the channel changes', async () => {
    const refused: Array<[string, RegExp]> = [
      ['http://zorg.example/in', /plain http is only allowed to a loopback receiver in development, .*rule: webhooks use https/],
      ['https://10.1.2.3/in', /10\.1\.2\.3, a private address/],
      ['https://192.168.0.10/in', /a private address/],
      ['https://169.254.169.254/latest/meta-data', /a cloud metadata address/],
      ['https://169.254.10.1/in', /a link-local address/],
      ['https://100.64.0.1/in', /a carrier-grade NAT address/],
      ['https://[fd00::1]/in', /a private address/],
      ['https://[::ffff:10.0.0.1]/in', /a private address/],
      ['https://0.0.0.0/in', /an? unspecified address/],
    ];
    for (const [webhookUrl, message] of refused) {
      const created = await call<Problem>('POST', '/v1/admin/parties', { role: 'aanbieder', code: '11112222', name: 'Ergens', webhookUrl });
      expect([webhookUrl, created.status, created.body.detail]).toEqual([webhookUrl, 400, expect.stringMatching(message)]);
      expect(created.body.detail).toContain('WEBHOOK_ALLOWED_NETWORKS');
    }
    expect((await call('GET', '/v1/admin/parties/11112222/keys')).status).toBe(404);

    await call('POST', '/v1/admin/parties', { role: 'aanbieder', code: '11113333', name: 'Elders BV' });
    const moved = await call<Problem>('PUT', '/v1/admin/parties/11113333/delivery', { channel: 'webhook', webhookUrl: 'https://172.16.5.5/hook' });
    expect([moved.status, moved.body.detail]).toEqual([400, expect.stringContaining('a private address')]);
    expect((await new PartyRepository(db).findByCode('11113333'))?.deliveryChannel).toBe('mailbox');

    // Loopback: allowed by default only with the embedded database (development); with PostgreSQL only when WEBHOOK_ALLOWED_NETWORKS says so.
    const loopback = await call<Problem>('PUT', '/v1/admin/parties/11113333/delivery', { channel: 'webhook', webhookUrl: 'http://127.0.0.1:9/in' });
    if (name === 'pglite') expect(loopback.status).toBe(200);
    else expect([loopback.status, loopback.body.detail]).toEqual([400, expect.stringContaining('127.0.0.1, a loopback address')]);
    const localhost = await call<Problem>('PUT', '/v1/admin/parties/11113333/delivery', { channel: 'webhook', webhookUrl: 'http://localhost:9/in' });
    expect(localhost.status).toBe(name === 'pglite' ? 200 : 400);
  });

  it("sets a party's delivery channel", async () => {
    await call('POST', '/v1/admin/parties', { role: 'gemeente', code: '1783', name: 'Westland' });
    const toWebhook = await call<{ deliveryChannel: string; webhookUrl: string; webhookSecret?: string }>('PUT', '/v1/admin/parties/1783/delivery', { channel: 'webhook', webhookUrl: 'https://westland.example/iwmo' });
    expect(toWebhook.status).toBe(200);
    expect(toWebhook.body).toMatchObject({ deliveryChannel: 'webhook', webhookUrl: 'https://westland.example/iwmo', webhookSecret: expect.any(String) });
    const stored = await new PartyRepository(db).findByCode('1783');
    expect(stored).toMatchObject({ deliveryChannel: 'webhook', webhookSecret: toWebhook.body.webhookSecret });

    // A new URL keeps the receiver's secret (no new one shown); an explicit one replaces it.
    const moved = await call('PUT', '/v1/admin/parties/1783/delivery', { channel: 'webhook', webhookUrl: 'https://westland.example/v2' });
    expect(moved.body).not.toHaveProperty('webhookSecret');
    expect((await new PartyRepository(db).findByCode('1783'))?.webhookSecret).toBe(toWebhook.body.webhookSecret);
    await call('PUT', '/v1/admin/parties/1783/delivery', { channel: 'webhook', webhookUrl: 'https://westland.example/v2', webhookSecret: 'rotated-secret-0123456789' });
    expect((await new PartyRepository(db).findByCode('1783'))?.webhookSecret).toBe('rotated-secret-0123456789');

    const toMailbox = await call('PUT', '/v1/admin/parties/1783/delivery', { channel: 'mailbox' });
    expect(toMailbox.body).toEqual({ role: 'gemeente', code: '1783', name: 'Westland', deliveryChannel: 'mailbox', webhookUrl: null });
    expect((await new PartyRepository(db).findByCode('1783'))?.webhookSecret).toBeNull();

    expect((await call<Problem>('PUT', '/v1/admin/parties/1783/delivery', { channel: 'webhook' })).body.detail).toMatch(/webhookUrl is verplicht bij het afleverkanaal webhook/);
    expect((await call<Problem>('PUT', '/v1/admin/parties/1783/delivery', { channel: 'pigeon' })).body.detail).toMatch(/^channel moet een van deze waarden zijn: mailbox, webhook/);
    expect((await call<Problem>('PUT', '/v1/admin/parties/1783/delivery', { channel: 'webhook', webhookUrl: 'https://x.example', webhookSecret: 'short' })).body.detail).toMatch(/webhookSecret moet ten minste 16 tekens lang zijn/);
    expect((await call('PUT', '/v1/admin/parties/4444/delivery', { channel: 'mailbox' })).status).toBe(404);
  });

  it('lists dead deliveries and requeues one, handing a webhook delivery to the queue', async () => {
    const parties = new PartyRepository(db);
    const deliveries = new DeliveryRepository(db);
    const receiver = await parties.create({ role: 'gemeente', code: '1842', name: 'Midden-Delfland', deliveryChannel: 'webhook', webhookUrl: 'http://127.0.0.1:9/in', webhookSecret: 'x'.repeat(32) });
    const messageId = randomUUID();
    const raw = Buffer.from('<Bericht/>');
    await new MessageRepository(db).insert({
      id: messageId, messageType: 'WMO305', kind: 'heen', submittedBy: null, recipientId: receiver.id, afzender: '12345678', ontvanger: '1842',
      identificatie: `DEAD-${name}`, dagtekening: '2026-03-01', status: 'accepted', retourcodes: [], errors: [], raw, sha256: 'x', inReplyTo: null, madeByGateway: false,
    });
    const id = await deliveries.create(messageId, receiver.id, 'webhook');
    await deliveries.markDead(id, 'HTTP 500 from receiver');

    const dead = await call<Array<{ id: string; partyCode: string; status: string; lastError: string }>>('GET', '/v1/admin/deliveries?status=dead');
    expect(dead.body.find((d) => d.id === id)).toMatchObject({ partyCode: '1842', status: 'dead', lastError: 'HTTP 500 from receiver' });
    expect((await call('GET', '/v1/admin/deliveries')).body).toEqual(dead.body); // dead is the default
    expect((await call<Problem>('GET', '/v1/admin/deliveries?status=lost')).body.detail).toMatch(/^status moet een van deze waarden zijn: pending, delayed/);
    expect((await call<Problem>('GET', '/v1/admin/deliveries?limit=0')).body.detail).toMatch(/^limit moet een geheel getal van 1 tot en met 1000 zijn/);

    const queue = gateway.app.get<Queue>(getQueueToken(QueueName.Delivery));
    try {
      const requeued = await call<{ id: string; status: string }>('POST', `/v1/admin/deliveries/${id}/requeue`);
      expect([requeued.status, requeued.body.status]).toEqual([200, 'pending']);
      expect(await deliveries.findById(id)).toMatchObject({ status: 'pending', lastError: null });
      expect((await queue.getJob(id))?.data).toEqual({ deliveryId: id });

      const twice = await call<Problem>('POST', `/v1/admin/deliveries/${id}/requeue`);
      expect([twice.status, twice.body.detail]).toEqual([409, expect.stringMatching(/is pending, niet dead/)]);

      // pending and not yet tried is pending; tried and waiting for the retry is delayed as well
      const delayed = async () => (await call<Array<{ id: string }>>('GET', '/v1/admin/deliveries?status=delayed')).body.map((d) => d.id);
      expect(await delayed()).not.toContain(id);
      const attempt = (await deliveries.beginAttempt(id))!;
      await deliveries.recordAttempt(id, { attempt, outcome: 'retry', httpStatus: 503, error: 'receiver answered HTTP 503', durationMs: 12 });
      expect(await delayed()).toContain(id);
      expect((await call<Array<{ id: string }>>('GET', '/v1/admin/deliveries?status=pending')).body.map((d) => d.id)).toContain(id);
    } finally {
      await (await queue.getJob(id))?.remove();
    }
    expect((await call('POST', `/v1/admin/deliveries/${randomUUID()}/requeue`)).status).toBe(404);
    expect((await call('POST', '/v1/admin/deliveries/not-a-uuid/requeue')).status).toBe(400);
    expect((await auditEntries()).find((e) => e.action === 'admin.delivery.requeue' && e.outcome === 'allowed')?.detail).toMatchObject({ id, params: { id } });
  });

  it('documents every admin route in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${gateway.url}/docs-json`)).json()) as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/v1/admin/parties', '/v1/admin/parties/{code}/delivery', '/v1/admin/parties/{code}/keys', '/v1/admin/keys/{keyId}/revoke',
      '/v1/admin/deliveries', '/v1/admin/deliveries/{id}/requeue', '/v1/admin/audit',
    ]));
  });
});

(redisUrl ? describe : describe.skip)('admin API without ADMIN_TOKEN and without the dev seed', () => {
  let gateway: Started;
  beforeAll(async () => {
    assertPgliteCanLoad();
    gateway = await start({}, undefined);
  });
  afterAll(() => gateway?.close());

  it('is disabled: 503 with the explanation, whatever token is sent, and the refusal is audit-logged', async () => {
    for (const headers of [{}, { authorization: `Bearer ${ADMIN_TOKEN}` }] as Array<Record<string, string>>) {
      const response = await fetch(`${gateway.url}/v1/admin/parties`, { headers });
      expect(response.status).toBe(503);
      expect(((await response.json()) as Problem).detail).toMatch(/admin API is disabled.*ADMIN_TOKEN/);
    }
    const audit = await gateway.app.get(AuditRepository).recent(10);
    expect(audit[0]).toMatchObject({ actor: 'admin', action: 'admin.party.list', outcome: 'refused', reason: 'admin API disabled' });
  });
});
