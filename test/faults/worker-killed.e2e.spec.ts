/**
 * Fault: the worker is killed (SIGKILL, no shutdown hooks) while it has
 * webhook requests in flight, and started again. BullMQ's stalled-job check
 * takes the killed worker's jobs up again once their locks expire
 * (DELIVERY_WORKER_OPTIONS: within 30 s); the receiver dedupes by
 * Idempotency-Key, and the gateway's records must show each message taken
 * exactly once, none lost, with a complete status history.
 */
import { validateTestEnv } from '@lib/config';
import { waitFor } from '../e2e/harness';
import { DEADLINE_MS, expectDeliveredExactlyOnce, startFaultRun, submitAccepted, waitSettled, type FaultRun } from './fault-checks';

const { databaseUrl } = validateTestEnv();
const IN_FLIGHT = 6;

(databaseUrl ? describe : describe.skip)('fault: the worker is killed during delivery', () => {
  let run: FaultRun;

  beforeAll(async () => {
    run = await startFaultRun('fault-worker-kill');
  }, 60_000);
  afterAll(async () => {
    await run?.h.teardown();
  }, 30_000);

  it(`delivers each of ${IN_FLIGHT} messages exactly once after a kill -9 with all of them in flight`, async () => {
    const receiver = run.h.receiver!;
    // The receiver holds every request, so all of them are in flight when the worker dies.
    receiver.setDelay(60_000);
    const ids: string[] = [];
    for (let i = 0; i < IN_FLIGHT; i++) ids.push(await submitAccepted(run));
    await waitFor(`${IN_FLIGHT} requests held at the receiver`, () => receiver.requests.filter((r) => r.outcome === 'pending').length === IN_FLIGHT, { timeoutMs: DEADLINE_MS });

    await run.h.killWorker();
    await waitFor('the held requests to be cut off by the dying worker', () => receiver.requests.every((r) => r.outcome === 'aborted'), { timeoutMs: 5_000 });
    // None of them counts as delivered: the worker died before it could record an answer. Each
    // attempt was recorded as started before its POST, so the retry after the crash is attempt 2
    // and attempt 1 shows as interrupted.
    expect(await run.h.count(`SELECT count(*) AS n FROM deliveries WHERE message_id = ANY($1) AND status = 'pending' AND attempts = 1`, [ids])).toBe(IN_FLIGHT);

    receiver.setDelay(0);
    await run.h.startWorker();
    await waitSettled(run.h, ids, 90_000);
    await expectDeliveredExactlyOnce(run, ids);
    expect(await run.h.count(`SELECT count(*) AS n FROM deliveries WHERE message_id = ANY($1) AND status = 'delivered' AND attempts = 2`, [ids])).toBe(IN_FLIGHT);
    expect(receiver.requests.filter((r) => r.outcome !== 'aborted').every((r) => r.headers['x-iwmo-delivery-attempt'] === '2')).toBe(true);
    // And it stays that way: no late second delivery from the old jobs or the outbox relay.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await expectDeliveredExactlyOnce(run, ids);
  }, 150_000);
});
