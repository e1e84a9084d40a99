/**
 * End to end: the built gateway and worker as real processes, on real
 * PostgreSQL (a schema of their own) and a Redis of their own, over real HTTP,
 * with a webhook receiver standing in for a party. Covers the mailbox route
 * (a toewijzing, then its start), webhook delivery of toewijzingen through
 * receiver failures, a worker killed mid-delivery, Redis down at accept time,
 * and refusals. Every wait has a deadline.
 * Logs of the apps: test-artifacts/e2e/journey-<time>-<pid>/.
 */
import { createHash, randomBytes } from 'node:crypto';
import { validateTestEnv } from '@lib/config';
import { Harness, sleep, waitFor, type ReceivedRequest, type TestParty } from './harness';
import { MessageFactory, type Chain } from './messages';

const { databaseUrl } = validateTestEnv();
const MAX_BYTES = 64 * 1024;
const DEADLINE_MS = 30_000;

interface Submitted {
  id: string;
  xml: string;
  identificatie: string;
}

interface Status {
  status: string;
  deliveries: Array<{ id: string; to: string; channel: string; status: string; attempts: number; lastError: string | null }>;
  history: Array<{ at: string; event: string; detail: Record<string, unknown> }>;
}

interface Problem {
  status: number;
  code: string;
  detail: string;
}

(databaseUrl ? describe : describe.skip)('message journey end to end (real apps, PostgreSQL, Redis, HTTP)', () => {
  let h: Harness;
  let delft: TestParty; // gemeente, mailbox
  let aanbieder: TestParty; // mailbox
  let hooked: TestParty; // aanbieder with a webhook on the receiver
  let otherAanbieder: TestParty;
  const factory = new MessageFactory('J');

  beforeAll(async () => {
    h = await Harness.start({ name: 'journey', maxMessageBytes: MAX_BYTES, deliveryBackoffMs: 100, deliveryAttempts: 8, webhookTimeoutMs: 5_000 });
    delft = await h.createParty('gemeente', '0503', 'Gemeente Delft');
    aanbieder = await h.createParty('aanbieder', '12345678', 'Zorg BV');
    hooked = await h.createParty('aanbieder', '23456789', 'Thuiszorg met webhook BV', 'webhook');
    otherAanbieder = await h.createParty('aanbieder', '87654321', 'Andere Zorg BV');
  }, 60_000);

  afterAll(async () => {
    await h?.teardown();
  }, 30_000);

  beforeEach(() => h.receiver!.reset());

  const receiver = () => h.receiver!;

  /** Sends a message the gateway must accept (202). */
  async function submit(key: string, make: (identificatie: string) => string): Promise<Submitted> {
    const identificatie = factory.identificatie();
    const xml = make(identificatie);
    const response = await h.post(key, xml);
    const body = (await response.json()) as { id: string; status: string; errors: unknown[] };
    if (response.status !== 202) throw new Error(`expected 202, got ${response.status}: ${JSON.stringify(body)}`);
    expect(body.status).toBe('accepted');
    return { id: body.id, xml, identificatie };
  }

  /** A new toewijzing (301) from Delft to the aanbieder with the webhook. */
  function toewijzingToWebhook(): Promise<Submitted> {
    const chain = factory.chain(delft.party.code, hooked.party.code);
    return submit(delft.key, (id) => factory.toewijzing(chain, id));
  }

  async function status(messageId: string, key = delft.key): Promise<Status> {
    const response = await h.get(key, `/v1/berichten/${messageId}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Status;
  }

  /** The message's only delivery, once the worker (or the gateway) has created it. */
  async function deliveryOf(messageId: string): Promise<Status['deliveries'][number]> {
    return waitFor(`a delivery of message ${messageId}`, async () => (await status(messageId)).deliveries[0], { timeoutMs: DEADLINE_MS });
  }

  async function waitDelivered(messageId: string, timeoutMs = DEADLINE_MS): Promise<Status> {
    let last: Status | undefined;
    return waitFor(`message ${messageId} to be delivered`, async () => {
      last = await status(messageId);
      return last.deliveries[0]?.status === 'delivered' && last;
    }, {
      timeoutMs,
      intervalMs: 200,
      describeLast: () => `${JSON.stringify(last?.deliveries)}; receiver saw ${receiver().requests.length} request(s); worker log:\n${h.worker.tail(15)}`,
    });
  }

  /** Every request for this delivery carried the right signature and the message exactly as submitted. */
  function expectGenuine(requests: ReceivedRequest[], submitted: Submitted): void {
    for (const r of requests) {
      expect(r.signature).toEqual({ valid: true, reason: 'ok' });
      expect(r.path).toBe(`/hooks/${hooked.party.code}`);
      expect(r.headers['x-iwmo-message-id']).toBe(submitted.id);
      expect(sha256(r.body)).toBe(sha256(Buffer.from(submitted.xml)));
    }
  }

  it('has the delivery processor in the worker', () => {
    // Without it the webhook tests below can only time out; say why up front.
    expect(h.workerHandlers()).toContain('delivery/deliver');
  });

  it('(a) routes a 305 from an aanbieder to the gemeente mailbox: listed, fetched byte for byte, acknowledged', async () => {
    // The start needs its toewijzing (TR019): Delft sends it first, to the aanbieder's mailbox.
    const chain: Chain = factory.chain(delft.party.code, aanbieder.party.code);
    const toewijzing = await submit(delft.key, (id) => factory.toewijzing(chain, id));
    const inbox = (await (await h.get(aanbieder.key, '/v1/mailbox')).json()) as Array<{ messageId: string; messageType: string }>;
    expect(inbox).toEqual([expect.objectContaining({ messageId: toewijzing.id, messageType: 'WMO301' })]);

    const sent = await submit(aanbieder.key, (id) => factory.start(chain, id));
    const mailbox = (await (await h.get(delft.key, '/v1/mailbox')).json()) as Array<{ deliveryId: string; messageId: string; messageType: string; afzender: string; identificatie: string }>;
    const item = mailbox.find((m) => m.messageId === sent.id);
    expect(item).toMatchObject({ messageType: 'WMO305', afzender: aanbieder.party.code, identificatie: sent.identificatie });

    const fetched = await h.get(delft.key, `/v1/berichten/${sent.id}/xml`);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(Buffer.from(sent.xml))).toBe(true);

    const ack = await fetch(`${h.gatewayUrl}/v1/mailbox/${item!.deliveryId}/ack`, {
      method: 'POST', headers: { authorization: `Bearer ${delft.key}` }, signal: AbortSignal.timeout(DEADLINE_MS),
    });
    expect(ack.status).toBe(200);
    const after = (await (await h.get(delft.key, '/v1/mailbox')).json()) as Array<{ messageId: string }>;
    expect(after.map((m) => m.messageId)).not.toContain(sent.id);

    const history = (await status(sent.id, aanbieder.key)).history.map((e) => e.event);
    expect(history).toEqual(expect.arrayContaining(['received', 'validated', 'accepted', 'in mailbox', 'fetched', 'acked']));
    // Nothing went to a webhook: Delft takes its messages from the mailbox.
    expect(receiver().requests).toHaveLength(0);
  });

  it('(b) delivers exactly once to a webhook that fails three times, then recovers', async () => {
    receiver().failNext(3, 500);
    const sent = await toewijzingToWebhook();
    const delivered = await waitDelivered(sent.id);
    const delivery = delivered.deliveries[0]!;

    const requests = receiver().forKey(delivery.id);
    expect(requests.map((r) => r.outcome)).toEqual([500, 500, 500, 200]);
    expect(receiver().distinctKeys().size).toBe(1);
    expect(receiver().acceptedKeys()).toEqual(new Set([delivery.id]));
    expectGenuine(requests, sent);
    expect(requests.map((r) => r.headers['x-iwmo-delivery-attempt'])).toEqual(['1', '2', '3', '4']);

    expect(delivery).toMatchObject({ to: hooked.party.code, channel: 'webhook', status: 'delivered', attempts: 4 });
    const attempts = delivered.history.filter((e) => e.event.startsWith('delivery attempt'));
    expect(attempts.map((e) => [e.event, e.detail.outcome, e.detail.httpStatus])).toEqual([
      ['delivery attempt 1', 'retry', 500],
      ['delivery attempt 2', 'retry', 500],
      ['delivery attempt 3', 'retry', 500],
      ['delivery attempt 4', 'delivered', 200],
    ]);
    expect(delivered.history.map((e) => e.event)).toContain('delivered');

    // And it stays delivered once: no late duplicate from a retry or the outbox relay.
    await sleep(1_500);
    expect(receiver().forKey(delivery.id)).toHaveLength(4);
  }, 45_000);

  it('(b2) also when the webhook is down (connection refused) and comes back', async () => {
    await receiver().down();
    try {
      const sent = await toewijzingToWebhook();
      const refused = await waitFor('a failed attempt while the receiver is down', async () => {
        const s = await status(sent.id);
        // recorded as started before its POST; then with its outcome
        const attempt = s.history.find((e) => e.event === 'delivery attempt 1');
        return attempt && attempt.detail.outcome !== 'started' && s;
      }, { timeoutMs: DEADLINE_MS });
      // the sender sees that the attempt failed; the error itself is the receiver's (and the operator's)
      expect(refused.history.find((e) => e.event === 'delivery attempt 1')!.detail).toMatchObject({ outcome: 'retry', httpStatus: null, error: null });
      const asReceiver = await status(sent.id, hooked.key);
      expect(asReceiver.history.find((e) => e.event === 'delivery attempt 1')!.detail).toMatchObject({ outcome: 'retry', httpStatus: null, error: expect.stringMatching(/ECONNREFUSED/) });
      await receiver().up();
      const delivered = await waitDelivered(sent.id);
      const delivery = delivered.deliveries[0]!;
      expect(receiver().forKey(delivery.id).map((r) => r.outcome)).toEqual([200]);
      expectGenuine(receiver().forKey(delivery.id), sent);
    } finally {
      await receiver().up();
    }
  }, 45_000);

  it('(c) delivers once when the worker is killed (SIGKILL) while the receiver holds the request, and restarted', async () => {
    receiver().setDelay(2_000);
    const sent = await toewijzingToWebhook();
    const delivery = await deliveryOf(sent.id);
    const held = await waitFor('the first webhook request to arrive', () => receiver().forKey(delivery.id)[0], { timeoutMs: DEADLINE_MS });
    expect(held.outcome).toBe('pending');

    await h.killWorker();
    await waitFor('the held request to be cut off by the dying worker', () => held.outcome === 'aborted', { timeoutMs: 5_000 });
    receiver().setDelay(0);
    const restarted = Date.now();
    await h.startWorker();

    // The killed worker's job keeps its lock until it expires; BullMQ's stalled-job check then runs it again.
    const delivered = await waitDelivered(sent.id, 80_000);
    const recoveryMs = Date.now() - restarted;
    const requests = receiver().forKey(delivery.id);
    expect(receiver().distinctKeys()).toEqual(new Set([delivery.id]));
    expect(receiver().acceptedKeys()).toEqual(new Set([delivery.id]));
    expect(requests.filter((r) => r.outcome === 200)).toHaveLength(1);
    expectGenuine(requests, sent);
    expect(delivered.deliveries[0]).toMatchObject({ status: 'delivered' });
    // For the log: how long a kill -9 delays a delivery.
    process.stdout.write(`(c) delivered ${recoveryMs} ms after the worker restart; ${requests.length} request(s) for the delivery\n`);

    await sleep(1_500);
    expect(receiver().forKey(delivery.id)).toHaveLength(requests.length);
  }, 100_000);

  it('(d) accepts with Redis down (committed in PostgreSQL) and delivers once when Redis is back', async () => {
    await h.redis.stop('SIGTERM');
    try {
      const started = Date.now();
      const sent = await toewijzingToWebhook();
      const acceptMs = Date.now() - started;
      expect(acceptMs).toBeLessThan(5_000);

      // Committed: the message is accepted and its delivery pending in PostgreSQL.
      expect(await h.count(`SELECT count(*) AS n FROM messages WHERE id = $1 AND status = 'accepted'`, [sent.id])).toBe(1);
      expect(await h.count(`SELECT count(*) AS n FROM deliveries WHERE message_id = $1 AND status = 'pending'`, [sent.id])).toBe(1);
      // The gateway says that it cannot enqueue right now, and why.
      const ready = await fetch(`${h.gatewayUrl}/health/ready`, { signal: AbortSignal.timeout(DEADLINE_MS) });
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', failed: ['redis'] });

      await sleep(1_000);
      await h.redis.start();
      const delivered = await waitDelivered(sent.id, 45_000);
      const delivery = delivered.deliveries[0]!;
      expect(receiver().distinctKeys()).toEqual(new Set([delivery.id]));
      expect(receiver().forKey(delivery.id).filter((r) => r.outcome === 200)).toHaveLength(1);
      expectGenuine(receiver().forKey(delivery.id), sent);

      await sleep(1_500);
      expect(receiver().forKey(delivery.id).filter((r) => r.outcome === 200)).toHaveLength(1);
    } finally {
      if (!h.redis.running) await h.redis.start();
    }
  }, 75_000);

  it('(e) refuses the wrong party, a wrong key, an oversized body and an XXE attempt, with reasons, and stores nothing as accepted', async () => {
    const countAccepted = () => h.count(`SELECT count(*) AS n FROM messages WHERE status = 'accepted'`);
    const countAll = () => h.count('SELECT count(*) AS n FROM messages');
    const acceptedBefore = await countAccepted();
    const allBefore = await countAll();
    const used: string[] = [];
    // A start zorg that would be judged on its content, had it got that far.
    const chain = factory.chain(delft.party.code, aanbieder.party.code);
    const message = () => {
      const identificatie = factory.identificatie();
      used.push(identificatie);
      return factory.start(chain, identificatie);
    };
    const problem = async (response: Response) => ({ status: response.status, ...((await response.json()) as Omit<Problem, 'status'>) });

    // Another aanbieder's key for a message that says it comes from Zorg BV.
    expect(await problem(await h.post(otherAanbieder.key, message()))).toMatchObject({
      status: 403, code: 'FORBIDDEN', detail: expect.stringMatching(/verzonden door 12345678.*hoort bij 87654321/),
    });
    // A gemeente may not send a start zorg at all.
    expect(await problem(await h.post(delft.key, message()))).toMatchObject({
      status: 403, code: 'FORBIDDEN', detail: expect.stringMatching(/Een gemeente mag geen WMO305/),
    });

    // Keys: none, unknown, and a known key id with the wrong secret.
    const [, keyId] = /^iwmo_([A-Za-z0-9]{16})_/.exec(aanbieder.key)!;
    const wrongSecret = `iwmo_${keyId}_${randomBytes(32).toString('base64url')}`;
    const unknownKey = `iwmo_${randomBytes(8).toString('hex')}_${randomBytes(32).toString('base64url')}`;
    expect(await problem(await h.post(undefined, message()))).toMatchObject({ status: 401, detail: expect.stringMatching(/API-sleutel/) });
    expect(await problem(await h.post(unknownKey, message()))).toMatchObject({ status: 401, detail: expect.stringMatching(/^De API-sleutel wordt niet geaccepteerd: hij is onbekend, onjuist of ingetrokken/) });
    expect(await problem(await h.post(wrongSecret, message()))).toMatchObject({ status: 401, detail: expect.stringMatching(/^De API-sleutel wordt niet geaccepteerd: hij is onbekend, onjuist of ingetrokken/) });

    // Larger than MAX_MESSAGE_BYTES: a valid message padded with a comment.
    const big = message().replace(/<\/(\w+:)?Bericht>\s*$/, (end) => `<!--${'x'.repeat(MAX_BYTES)}-->${end}`);
    expect(Buffer.byteLength(big)).toBeGreaterThan(MAX_BYTES);
    expect(await problem(await h.post(aanbieder.key, big))).toMatchObject({ status: 413, code: 'IB003', detail: expect.stringMatching(/groter dan de limiet van 65536 bytes/) });

    // XXE: an external entity in a DTD; refused before any parser could resolve it.
    const xxe = factory.start(chain)
      .replace(/^<\?xml[^>]*\?>/, (decl) => `${decl}\n<!DOCTYPE Bericht [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`)
      .replace(/(<(?:\w+:)?Achternaam>)[^<]*/, '$1&xxe;');
    const xxeResponse = await h.post(aanbieder.key, xxe);
    const xxeText = await xxeResponse.text();
    expect(xxeResponse.status).toBe(422);
    expect(xxeText).not.toMatch(/root:.*:0:0:/);
    const xxeBody = JSON.parse(xxeText) as { id: string; status: string; errors: Array<{ layer: string; code: string; message: string }> };
    expect(xxeBody.status).toBe('rejected');
    expect(xxeBody.errors).toEqual([expect.objectContaining({ layer: 'xml', code: 'XML-DTD', message: expect.stringMatching(/DOCTYPE/) })]);

    // Nothing accepted; only the XXE attempt is on record, as rejected (its raw bytes kept as evidence).
    expect(await countAccepted()).toBe(acceptedBefore);
    expect(await countAll()).toBe(allBefore + 1);
    expect(await h.count(`SELECT count(*) AS n FROM messages WHERE id = $1 AND status = 'rejected'`, [xxeBody.id])).toBe(1);
    expect(await h.count('SELECT count(*) AS n FROM messages WHERE identificatie = ANY($1)', [used])).toBe(0);
    expect(await h.count(`SELECT count(*) AS n FROM deliveries d JOIN messages m ON m.id = d.message_id WHERE m.id = $1`, [xxeBody.id])).toBe(0);
    // The refusals are audit-logged with their reasons.
    const reasons = (await h.database.query<{ reason: string }>(`SELECT reason FROM audit_log WHERE outcome = 'refused' ORDER BY id`)).rows.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['no API key', 'unknown API key', 'wrong API key secret', expect.stringMatching(/hoort bij 87654321/), expect.stringMatching(/mag geen WMO305/)]));
  });
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
