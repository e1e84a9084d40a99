/**
 * The outbox relay's choices, on a real database with a fake queue (the
 * integration spec runs it against Redis): which deliveries it claims, which
 * jobs it adds or replaces, and that a Redis that does not answer makes it
 * give its claims back instead of hanging.
 */
import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Database, DeliveryRepository } from '@lib/persistence';
import { testDatabaseBackends, TestDatabase } from '@lib/persistence/testing';
import { createDelivery, createParty, migrated } from './delivery.fixtures';
import { OutboxRelayService, RELAY_ENQUEUE_TIMEOUT_MS } from './outbox-relay.service';

type JobState = Awaited<ReturnType<Queue['getJobState']>>;

class FakeQueue {
  states = new Map<string, JobState>();
  added: string[] = [];
  removed: string[] = [];
  hang = false;

  getJobState = (id: string): Promise<JobState> => (this.hang ? new Promise(() => undefined) : Promise.resolve(this.states.get(id) ?? 'unknown'));
  remove = async (id: string) => {
    this.removed.push(id);
    this.states.delete(id);
    return 1;
  };
  addBulk = async (jobs: Array<{ name: string; data: { deliveryId: string }; opts: { jobId: string } }>) => {
    for (const job of jobs) {
      expect(job).toEqual({ name: 'deliver', data: { deliveryId: job.opts.jobId }, opts: { jobId: job.opts.jobId } });
      this.added.push(job.opts.jobId);
      this.states.set(job.opts.jobId, 'waiting');
    }
    return [];
  };
}

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('OutboxRelayService on %s', (_name, backend) => {
  let test: TestDatabase;
  let db: Database;
  let queue: FakeQueue;
  let relay: OutboxRelayService;

  beforeEach(async () => {
    test = await backend.create();
    db = await migrated(test.db);
    queue = new FakeQueue();
    relay = new OutboxRelayService(new DeliveryRepository(db), queue as unknown as Queue);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await relay.onModuleDestroy();
    await test.dispose();
  });

  /** The gateway's enqueue after commit never happened (or Redis lost the job): the claim is stale. */
  const lose = (id: string, secondsAgo = 60) =>
    db.query(`UPDATE deliveries SET enqueued_at = now() - make_interval(secs => $2) WHERE id = $1`, [id, secondsAgo]);
  const enqueuedAt = async (id: string) => (await db.query<{ enqueued_at: Date | null }>('SELECT enqueued_at FROM deliveries WHERE id = $1', [id])).rows[0]!.enqueued_at;

  it('adds a job for pending webhook deliveries never handed over or handed over long ago', async () => {
    const party = await createParty(db, 'http://127.0.0.1:9/hook');
    const released = await createDelivery(db, party);
    await new DeliveryRepository(db).releaseClaims([released.deliveryId]);
    const stale = await createDelivery(db, party);
    await lose(stale.deliveryId);
    const fresh = await createDelivery(db, party); // just enqueued by the gateway
    const mailbox = await createDelivery(db, await createParty(db));
    await lose(mailbox.deliveryId);

    await expect(relay.relayOnce()).resolves.toBe(2);
    expect(queue.added.sort()).toEqual([released.deliveryId, stale.deliveryId].sort());
    expect(queue.added).not.toContain(fresh.deliveryId);
    // Claimed now, so not offered again until the claim is stale.
    await expect(relay.relayOnce()).resolves.toBe(0);
  });

  it('leaves a job that is waiting, delayed or running alone, and replaces one that finished', async () => {
    const party = await createParty(db, 'http://127.0.0.1:9/hook');
    const ids: Record<string, string> = {};
    for (const state of ['waiting', 'delayed', 'active', 'failed', 'completed'] as const) {
      const { deliveryId } = await createDelivery(db, party);
      await lose(deliveryId);
      queue.states.set(deliveryId, state);
      ids[state] = deliveryId;
    }
    await expect(relay.relayOnce()).resolves.toBe(5);
    expect(queue.removed.sort()).toEqual([ids.failed, ids.completed].sort());
    expect(queue.added.sort()).toEqual([ids.failed, ids.completed].sort());
  });

  it('gives its claims back when Redis does not answer, within the enqueue timeout', async () => {
    const { deliveryId } = await createDelivery(db, await createParty(db, 'http://127.0.0.1:9/hook'));
    await lose(deliveryId);
    queue.hang = true;
    const started = Date.now();
    await expect(relay.relayOnce()).rejects.toThrow(`enqueueing did not finish within ${RELAY_ENQUEUE_TIMEOUT_MS} ms`);
    expect(Date.now() - started).toBeLessThan(RELAY_ENQUEUE_TIMEOUT_MS + 1500);
    expect(await enqueuedAt(deliveryId)).toBeNull();

    queue.hang = false;
    await expect(relay.relayOnce()).resolves.toBe(1);
    expect(queue.added).toEqual([deliveryId]);
  });

  it('runs on its own timer once bootstrapped and stops on shutdown', async () => {
    const { deliveryId } = await createDelivery(db, await createParty(db, 'http://127.0.0.1:9/hook'));
    await lose(deliveryId);
    relay.onApplicationBootstrap();
    for (let i = 0; i < 50 && queue.added.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(queue.added).toEqual([deliveryId]);
    await relay.onModuleDestroy();

    const later = await createDelivery(db, await createParty(db, 'http://127.0.0.1:9/hook'));
    await lose(later.deliveryId);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(queue.added).toEqual([deliveryId]);
  });
});
