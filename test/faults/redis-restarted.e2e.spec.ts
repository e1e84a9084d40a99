/**
 * Fault: Redis (the harness's own redis-server, without persistence) is
 * restarted while deliveries are queued and retrying, so every job in it is
 * lost, and messages arrive while it is down. PostgreSQL holds each delivery
 * (the outbox); the worker's relay offers the pending ones to the new Redis.
 * Afterwards every accepted message was taken exactly once, none lost, and
 * its status history is complete.
 */
import { validateTestEnv } from '@lib/config';
import { waitFor } from '../e2e/harness';
import { DEADLINE_MS, expectDeliveredExactlyOnce, startFaultRun, submitAccepted, waitSettled, type FaultRun } from './fault-checks';

const { databaseUrl } = validateTestEnv();

(databaseUrl ? describe : describe.skip)('fault: Redis restarted', () => {
  let run: FaultRun;

  beforeAll(async () => {
    run = await startFaultRun('fault-redis', { deliveryBackoffMs: 500 });
  }, 60_000);
  afterAll(async () => {
    await run?.h.teardown();
  }, 30_000);

  it('loses no message whose job was in Redis, nor one accepted while Redis was down, and delivers each once', async () => {
    const { h } = run;
    const receiver = h.receiver!;
    // Jobs that are queued and retrying when Redis goes: the receiver refuses them for now.
    await receiver.down();
    const queued: string[] = [];
    for (let i = 0; i < 4; i++) queued.push(await submitAccepted(run));
    await waitFor('a refused attempt for each queued message', async () => (await h.count(
      `SELECT count(DISTINCT d.id) AS n FROM deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id WHERE d.message_id = ANY($1)`, [queued])) === queued.length,
    { timeoutMs: DEADLINE_MS });

    // Down with SIGKILL: nothing saved (no persistence), every job gone.
    await h.redis.stop('SIGKILL');
    const whileDown: string[] = [];
    try {
      for (let i = 0; i < 3; i++) whileDown.push(await submitAccepted(run));
      await receiver.up();
    } finally {
      await h.redis.start();
      await receiver.up();
    }
    // A new, empty Redis: no job of the earlier deliveries survived.
    const after: string[] = [];
    for (let i = 0; i < 2; i++) after.push(await submitAccepted(run));

    const all = [...queued, ...whileDown, ...after];
    await waitSettled(h, all, 90_000);
    await expectDeliveredExactlyOnce(run, all);
  }, 150_000);
});
