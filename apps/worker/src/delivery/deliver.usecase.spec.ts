/**
 * The deliver use case against a real HTTP receiver (127.0.0.1:0) and a real
 * database (PGlite always, PostgreSQL when the test command provides it);
 * no Redis: the job is played by calling execute().
 */
import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { Registry } from 'prom-client';
import { validateEnv } from '@lib/config';
import { Database, DeliveryRepository, MessageRepository } from '@lib/persistence';
import { testDatabaseBackends, TestDatabase } from '@lib/persistence/testing';
import type { ResolveHost } from '@lib/queue';
import { DeliverUseCase, outcomeOfStatus } from './deliver.usecase';
import { WebhookRetryableError } from './delivery.errors';
import { DeliveryMetrics } from './delivery.metrics';
import { BSN, createDelivery, createParty, MESSAGE_BODY, migrated, Receiver, startReceiver, WEBHOOK_SECRET } from './delivery.fixtures';
import { verifyWebhookSignature } from './webhook-signature';

describe('outcomeOfStatus', () => {
  it.each([200, 201, 202, 204, 299])('%i delivers', (status) => expect(outcomeOfStatus(status)).toBe('delivered'));
  it.each([408, 425, 429, 500, 502, 503, 504])('%i is retried', (status) => expect(outcomeOfStatus(status)).toBe('retry'));
  it.each([400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 301, 302, 307])('%i is permanent', (status) => expect(outcomeOfStatus(status)).toBe('failed'));
});

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('DeliverUseCase on %s', (_name, backend) => {
  const config = validateEnv({ DELIVERY_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '300' });
  let test: TestDatabase;
  let db: Database;
  let receiver: Receiver;
  let registry: Registry;
  let usecase: DeliverUseCase;
  let logged: string[];

  beforeEach(async () => {
    test = await backend.create();
    db = await migrated(test.db);
    receiver = await startReceiver();
    registry = new Registry();
    usecase = new DeliverUseCase(db, new DeliveryRepository(db), config, new DeliveryMetrics(registry, { getJobCounts: async () => ({}) }));
    logged = [];
    for (const level of ['log', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await receiver.close();
    await test.dispose();
  });

  const deliveries = () => new DeliveryRepository(db);
  const events = async (messageId: string) => (await new MessageRepository(db).events(messageId)).map((e) => e.event);
  const attemptsMetric = async (outcome: string) =>
    (await registry.getSingleMetric('iwmo_delivery_attempts_total')!.get()).values.find((v) => v.labels.outcome === outcome)?.value;

  it('POSTs the raw XML, signed, with the idempotency and message headers; 2xx marks it delivered', async () => {
    const party = await createParty(db, receiver.url);
    const { deliveryId, messageId } = await createDelivery(db, party);

    await expect(usecase.execute(deliveryId)).resolves.toBe('success');

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request!.body.equals(MESSAGE_BODY)).toBe(true);
    expect(request!.headers).toMatchObject({
      'content-type': 'application/xml',
      'idempotency-key': deliveryId,
      'x-iwmo-message-id': messageId,
      'x-iwmo-message-type': 'WMO301',
      'x-iwmo-delivery-attempt': '1',
    });
    expect(request!.headers['x-iwmo-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(request!.headers['x-iwmo-signature'] as string, request!.body, WEBHOOK_SECRET)).toBe(true);

    expect(await deliveries().findById(deliveryId)).toMatchObject({ status: 'delivered', attempts: 1, lastError: null });
    expect(await deliveries().attempts(deliveryId)).toEqual([expect.objectContaining({ attempt: 1, outcome: 'delivered', httpStatus: 200, error: null })]);
    expect(await events(messageId)).toContain('delivered');
    expect(await attemptsMetric('delivered')).toBe(1);
  });

  it.each([408, 425, 429, 500, 503])('records %i as a retry and rethrows for BullMQ', async (status) => {
    receiver.respond = () => status;
    const { deliveryId, messageId } = await createDelivery(db, await createParty(db, receiver.url));

    const run = usecase.execute(deliveryId, 0);
    await expect(run).rejects.toThrow(WebhookRetryableError);
    await expect(run).rejects.toThrow(`receiver answered HTTP ${status}`);

    expect(await deliveries().findById(deliveryId)).toMatchObject({ status: 'pending', attempts: 1, lastError: `receiver answered HTTP ${status}` });
    expect(await deliveries().attempts(deliveryId)).toEqual([expect.objectContaining({ attempt: 1, outcome: 'retry', httpStatus: status })]);
    expect(await events(messageId)).not.toContain('dead-lettered');
    expect(await attemptsMetric('retry')).toBe(1);
  });

  it.each([400, 401, 403, 404, 410, 413, 301])('dead-letters at once on %i and fails the job as unrecoverable', async (status) => {
    receiver.respond = () => status;
    const { deliveryId, messageId } = await createDelivery(db, await createParty(db, receiver.url));

    await expect(usecase.execute(deliveryId)).rejects.toThrow(UnrecoverableError);

    expect(receiver.requests).toHaveLength(1); // a redirect is not followed
    expect(await deliveries().findById(deliveryId)).toMatchObject({ status: 'dead', lastError: `receiver answered HTTP ${status}` });
    expect(await deliveries().attempts(deliveryId)).toEqual([expect.objectContaining({ attempt: 1, outcome: 'failed', httpStatus: status })]);
    expect((await events(messageId)).filter((e) => e === 'dead-lettered')).toHaveLength(1);
    expect(await attemptsMetric('failed')).toBe(1);
  });

  it('retries when nothing listens, and when the receiver does not answer in time', async () => {
    const gone = await startReceiver();
    await gone.close();
    const refused = await createDelivery(db, await createParty(db, gone.url));
    await expect(usecase.execute(refused.deliveryId)).rejects.toThrow(/ECONNREFUSED/);

    receiver.respond = () => 'hang';
    const slow = await createDelivery(db, await createParty(db, receiver.url));
    await expect(usecase.execute(slow.deliveryId)).rejects.toThrow('no answer within 300 ms');

    for (const { deliveryId } of [refused, slow]) {
      expect(await deliveries().attempts(deliveryId)).toEqual([expect.objectContaining({ outcome: 'retry', httpStatus: null, durationMs: expect.any(Number) })]);
      expect((await deliveries().findById(deliveryId))!.status).toBe('pending');
    }
  });

  it('numbers attempts on, and gives up on the last of DELIVERY_ATTEMPTS', async () => {
    receiver.respond = () => 503;
    const { deliveryId, messageId } = await createDelivery(db, await createParty(db, receiver.url));

    await expect(usecase.execute(deliveryId, 0)).rejects.toThrow(WebhookRetryableError);
    await expect(usecase.execute(deliveryId, 1)).rejects.toThrow(WebhookRetryableError);
    await expect(usecase.execute(deliveryId, 2)).rejects.toThrow(new UnrecoverableError('receiver answered HTTP 503; gave up after 3 attempts'));

    expect(receiver.requests.map((r) => r.headers['x-iwmo-delivery-attempt'])).toEqual(['1', '2', '3']);
    expect(new Set(receiver.requests.map((r) => r.headers['idempotency-key']))).toEqual(new Set([deliveryId]));
    expect((await deliveries().attempts(deliveryId)).map((a) => a.outcome)).toEqual(['retry', 'retry', 'failed']);
    expect(await deliveries().findById(deliveryId)).toMatchObject({ status: 'dead', attempts: 3 });
    expect((await events(messageId)).filter((e) => e === 'dead-lettered')).toHaveLength(1);
  });

  it('skips a delivery that is no longer pending, a mailbox delivery and an unknown one, without calling anyone', async () => {
    const party = await createParty(db, receiver.url);
    const delivered = await createDelivery(db, party);
    await deliveries().markDelivered(delivered.deliveryId);
    const dead = await createDelivery(db, party);
    await deliveries().markDead(dead.deliveryId, 'given up');
    const mailbox = await createDelivery(db, await createParty(db));

    for (const id of [delivered.deliveryId, dead.deliveryId, mailbox.deliveryId, '6f1c1f0e-7d4b-4c43-9a51-000000000000']) {
      await expect(usecase.execute(id)).resolves.toBe('skipped');
    }
    expect(receiver.requests).toHaveLength(0);
    expect(await deliveries().attempts(delivered.deliveryId)).toEqual([]);
  });

  it('dead-letters a pending webhook delivery once when its job fails for good', async () => {
    const { deliveryId, messageId } = await createDelivery(db, await createParty(db, receiver.url));
    await expect(usecase.deadLetter(deliveryId, 'job stalled more than allowable limit')).resolves.toBe(true);
    await expect(usecase.deadLetter(deliveryId, 'again')).resolves.toBe(false);
    expect(await deliveries().findById(deliveryId)).toMatchObject({ status: 'dead', lastError: 'job stalled more than allowable limit' });
    expect((await events(messageId)).filter((e) => e === 'dead-lettered')).toHaveLength(1);

    const mailbox = await createDelivery(db, await createParty(db));
    await expect(usecase.deadLetter(mailbox.deliveryId, 'not a webhook delivery')).resolves.toBe(false);
  });

  it('counts the attempt before the POST: a POST repeated after a crash is attempt 2', async () => {
    const { deliveryId } = await createDelivery(db, await createParty(db, receiver.url));
    // A worker began attempt 1, POSTed, and died before it could record the answer.
    await expect(deliveries().beginAttempt(deliveryId)).resolves.toBe(1);
    await expect(usecase.execute(deliveryId)).resolves.toBe('success');
    expect(receiver.requests.map((r) => r.headers['x-iwmo-delivery-attempt'])).toEqual(['2']);
    expect(await deliveries().findById(deliveryId)).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(await deliveries().attempts(deliveryId)).toEqual([
      expect.objectContaining({ attempt: 1, outcome: 'interrupted', httpStatus: null }),
      expect.objectContaining({ attempt: 2, outcome: 'delivered', httpStatus: 200 }),
    ]);
    await expect(deliveries().beginAttempt(deliveryId)).resolves.toBeUndefined();
  });

  describe('the webhook policy at delivery, after DNS', () => {
    const port = () => new URL(receiver.url).port;
    const withResolver = (resolve: ResolveHost, allowed = 'none') =>
      new DeliverUseCase(db, new DeliveryRepository(db), validateEnv({ DELIVERY_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '300', WEBHOOK_ALLOWED_NETWORKS: allowed }), new DeliveryMetrics(new Registry(), { getJobCounts: async () => ({}) }), resolve);

    it.each([
      ['a private address', [{ address: '10.0.0.5', family: 4 }]],
      ['a loopback address', [{ address: '127.0.0.1', family: 4 }]],
      ['a cloud metadata address', [{ address: '169.254.169.254', family: 4 }]],
      ['a private address', [{ address: '93.184.215.14', family: 4 }, { address: 'fd12::1', family: 6 }]],
    ] as const)('refuses a name that resolves to %s: dead-lettered at once, nobody called', async (why, addresses) => {
      const resolved: string[] = [];
      const usecase = withResolver(async (host) => (resolved.push(host), [...addresses]));
      const { deliveryId, messageId } = await createDelivery(db, await createParty(db, `https://hooks.zorg.example:${port()}/in`));
      await expect(usecase.execute(deliveryId)).rejects.toThrow(UnrecoverableError);
      expect(resolved).toEqual(['hooks.zorg.example']);
      expect(receiver.requests).toHaveLength(0);
      const delivery = await deliveries().findById(deliveryId);
      expect(delivery).toMatchObject({ status: 'dead', attempts: 1 });
      expect(delivery!.lastError).toContain(`hooks.zorg.example resolves to`);
      expect(delivery!.lastError).toContain(`${why}; a webhook may only point at a public address`);
      expect((await events(messageId)).filter((e) => e === 'dead-lettered')).toHaveLength(1);
    });

    it('connects to the address it checked, never asking DNS again (no rebinding), and sends the name as Host', async () => {
      let lookups = 0;
      // A rebinding resolver: the first answer is the allowed receiver, any later one a private address.
      const usecase = withResolver(async () => (lookups++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.5', family: 4 }]), '127.0.0.0/8');
      const { deliveryId } = await createDelivery(db, await createParty(db, `http://hook.zorg.test:${port()}/iwmo/inbox`));
      await expect(usecase.execute(deliveryId)).resolves.toBe('success');
      expect(lookups).toBe(1);
      expect(receiver.requests).toHaveLength(1);
      expect(receiver.requests[0]!.headers.host).toBe(`hook.zorg.test:${port()}`);
    });

    it('retries when the name does not resolve', async () => {
      const usecase = withResolver(async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND hooks.zorg.example'), { code: 'ENOTFOUND' });
      });
      const { deliveryId } = await createDelivery(db, await createParty(db, 'https://hooks.zorg.example/in'));
      await expect(usecase.execute(deliveryId)).rejects.toThrow(WebhookRetryableError);
      expect(await deliveries().findById(deliveryId)).toMatchObject({ status: 'pending', lastError: "cannot resolve the webhook's host: getaddrinfo ENOTFOUND hooks.zorg.example" });
    });

    it('refuses plain http to a public address, also when it was stored before the policy', async () => {
      const usecase = withResolver(async () => [{ address: '93.184.215.14', family: 4 }]);
      const { deliveryId } = await createDelivery(db, await createParty(db, 'http://hooks.zorg.example/in'));
      await expect(usecase.execute(deliveryId)).rejects.toThrow(/rule: webhooks use https/);
      expect((await deliveries().findById(deliveryId))!.status).toBe('dead');
    });
  });

  it('never writes the message body to the log', async () => {
    let n = 0;
    receiver.respond = () => [503, 410][n++]!;
    const { deliveryId } = await createDelivery(db, await createParty(db, receiver.url));
    await expect(usecase.execute(deliveryId)).rejects.toThrow();
    await expect(usecase.execute(deliveryId)).rejects.toThrow(UnrecoverableError);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(BSN);
  });
});
