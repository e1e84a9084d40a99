/**
 * Webhook delivery end to end inside the worker's modules, against the real
 * PostgreSQL (a fresh schema per test) and the real Redis (a BullMQ prefix of
 * its own per test): retries with backoff, dead-lettering, the outbox relay
 * and an operator's requeue. Backoff is tiny (20 ms) so retries take moments.
 */
import { randomBytes } from 'node:crypto';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, INestApplicationContext, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { ConfigModule, validateEnv, validateTestEnv } from '@lib/config';
import { DATABASE, Database, DeliveryRepository, MessageRepository, RepositoriesModule, type Delivery } from '@lib/persistence';
import { testDatabaseBackends, TestDatabase } from '@lib/persistence/testing';
import { JobName, QUEUES, QueueName, redisOptionsFromUrl } from '@lib/queue';
import { METRICS_REGISTRY } from '../../../gateway/src/metrics/metrics.registry';
import { DeliveryWorkerModule } from './delivery-worker.module';
import { createDelivery, createParty, migrated, Receiver, startReceiver, WEBHOOK_SECRET } from './delivery.fixtures';
import { verifyWebhookSignature } from './webhook-signature';

const { databaseUrl, redisUrl } = validateTestEnv();
const postgres = testDatabaseBackends().find((b) => b.name === 'postgres');

/** What the worker app provides around DeliveryWorkerModule, on the test's schema and with the test's Redis prefix. */
function infrastructure(db: Database, prefix: string, registry: Registry): DynamicModule {
  @Module({})
  class TestInfrastructure {}
  return {
    module: TestInfrastructure,
    global: true,
    imports: [
      BullModule.forRoot({ connection: redisOptionsFromUrl(redisUrl!), prefix }),
      BullModule.registerQueue(...Object.entries(QUEUES).map(([name, queue]) => ({ name, defaultJobOptions: queue.defaultJobOptions }))),
    ],
    providers: [
      { provide: DATABASE, useValue: db },
      { provide: METRICS_REGISTRY, useValue: registry },
    ],
    exports: [BullModule, DATABASE, METRICS_REGISTRY],
  };
}

(databaseUrl && redisUrl && postgres ? describe : describe.skip)('webhook delivery on PostgreSQL and Redis', () => {
  const config = validateEnv({ DATABASE_URL: databaseUrl!, REDIS_URL: redisUrl!, DELIVERY_ATTEMPTS: '4', DELIVERY_BACKOFF_MS: '20', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8' });
  let test: TestDatabase;
  let db: Database;
  let registry: Registry;
  let app: INestApplicationContext;
  let queue: Queue;
  let receiver: Receiver;

  beforeEach(async () => {
    test = await postgres!.create();
    db = await migrated(test.db);
    receiver = await startReceiver();
    registry = new Registry();
    for (const level of ['log', 'warn', 'error'] as const) jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined);
    @Module({
      imports: [ConfigModule.forRoot(config), infrastructure(db, `iwmo-test-${randomBytes(6).toString('hex')}`, registry), RepositoriesModule, DeliveryWorkerModule],
    })
    class TestWorkerModule {}
    app = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false, abortOnError: false });
    queue = app.get<Queue>(getQueueToken(QueueName.Delivery));
  });
  afterEach(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await app?.close();
    jest.restoreAllMocks();
    await receiver?.close();
    await test?.dispose();
  });

  const deliveries = () => new DeliveryRepository(db);
  const events = async (messageId: string) => (await new MessageRepository(db).events(messageId)).map((e) => e.event);

  async function until(deliveryId: string, status: Delivery['status'], timeoutMs = 15_000): Promise<Delivery> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const delivery = (await deliveries().findById(deliveryId))!;
      if (delivery.status === status) return delivery;
      if (Date.now() > deadline) throw new Error(`delivery ${deliveryId} is ${delivery.status}, not ${status}, after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** What the gateway does after commit (DeliveryOutbox). */
  const enqueue = (deliveryId: string) => queue.add(JobName.Deliver, { deliveryId }, { jobId: deliveryId });

  it('retries a receiver that fails three times, which then gets the message exactly once', async () => {
    const accepted = new Set<string>();
    receiver.respond = (request, n) => {
      expect(verifyWebhookSignature(request.headers['x-iwmo-signature'] as string, request.body, WEBHOOK_SECRET)).toBe(true);
      if (n < 3) return 500;
      accepted.add(request.headers['idempotency-key'] as string);
      return 200;
    };
    const { deliveryId, messageId } = await createDelivery(db, await createParty(db, receiver.url));
    await enqueue(deliveryId);

    const delivered = await until(deliveryId, 'delivered');
    expect(delivered).toMatchObject({ attempts: 4, lastError: null });
    expect(accepted).toEqual(new Set([deliveryId]));
    expect(receiver.requests.map((r) => r.headers['x-iwmo-delivery-attempt'])).toEqual(['1', '2', '3', '4']);
    expect((await deliveries().attempts(deliveryId)).map((a) => [a.attempt, a.outcome, a.httpStatus])).toEqual([
      [1, 'retry', 500], [2, 'retry', 500], [3, 'retry', 500], [4, 'delivered', 200],
    ]);
    expect(await events(messageId)).toContain('delivered');

    const job = await queue.getJob(deliveryId);
    await expect(job!.getState()).resolves.toBe('completed');
    expect(job!.attemptsMade).toBe(4);
    const metrics = await registry.metrics();
    expect(metrics).toContain('iwmo_delivery_attempts_total{outcome="retry"} 3');
    expect(metrics).toContain('iwmo_delivery_attempts_total{outcome="delivered"} 1');
    expect(metrics).toMatch(/iwmo_queue_depth\{state="waiting"\} 0/);
  });

  it('dead-letters at once when the receiver answers 410', async () => {
    receiver.respond = () => 410;
    const { deliveryId, messageId } = await createDelivery(db, await createParty(db, receiver.url));
    await enqueue(deliveryId);

    expect(await until(deliveryId, 'dead')).toMatchObject({ attempts: 1, lastError: 'receiver answered HTTP 410' });
    expect(receiver.requests).toHaveLength(1);
    expect((await deliveries().attempts(deliveryId)).map((a) => a.outcome)).toEqual(['failed']);
    const job = await queue.getJob(deliveryId);
    for (let i = 0; i < 40 && (await job!.getState()) !== 'failed'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(job!.getState()).resolves.toBe('failed');
    expect((await events(messageId)).filter((e) => e === 'dead-lettered')).toHaveLength(1);
    expect(await registry.metrics()).toMatch(/iwmo_queue_depth\{state="failed"\} 1/);
  });

  it('dead-letters after DELIVERY_ATTEMPTS attempts of a receiver that keeps failing', async () => {
    receiver.respond = () => 503;
    const { deliveryId, messageId } = await createDelivery(db, await createParty(db, receiver.url));
    await enqueue(deliveryId);

    expect(await until(deliveryId, 'dead')).toMatchObject({ attempts: 4, lastError: 'receiver answered HTTP 503; gave up after 4 attempts' });
    expect((await deliveries().attempts(deliveryId)).map((a) => a.outcome)).toEqual(['retry', 'retry', 'retry', 'failed']);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the worker's 'failed' event must not add a second event
    expect((await events(messageId)).filter((e) => e === 'dead-lettered')).toHaveLength(1);
    expect(receiver.requests).toHaveLength(4);
  });

  it('relay: a pending delivery whose job is missing in Redis is enqueued and delivered', async () => {
    const { deliveryId } = await createDelivery(db, await createParty(db, receiver.url));
    // The gateway stamped it as handed over, then crashed before enqueueing (or Redis lost the job).
    await db.query(`UPDATE deliveries SET enqueued_at = now() - interval '1 minute' WHERE id = $1`, [deliveryId]);
    expect(await queue.getJob(deliveryId)).toBeUndefined();

    await until(deliveryId, 'delivered');
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0]!.headers['idempotency-key']).toBe(deliveryId);
  });

  it('relay: a dead delivery requeued by an operator is delivered', async () => {
    receiver.respond = () => 410;
    const { deliveryId, messageId } = await createDelivery(db, await createParty(db, receiver.url));
    await enqueue(deliveryId);
    await until(deliveryId, 'dead');
    for (let i = 0; i < 40 && (await queue.getJobState(deliveryId)) !== 'failed'; i++) await new Promise((resolve) => setTimeout(resolve, 50));

    receiver.respond = () => 204; // the receiver fixed its end
    await expect(deliveries().requeue(deliveryId)).resolves.toBe(true);

    expect(await until(deliveryId, 'delivered')).toMatchObject({ attempts: 2, lastError: null });
    expect((await deliveries().attempts(deliveryId)).map((a) => [a.attempt, a.outcome])).toEqual([[1, 'failed'], [2, 'delivered']]);
    expect(new Set(receiver.requests.map((r) => r.headers['idempotency-key']))).toEqual(new Set([deliveryId]));
    expect(await events(messageId)).toEqual(expect.arrayContaining(['dead-lettered', 'delivered']));
  });
});
