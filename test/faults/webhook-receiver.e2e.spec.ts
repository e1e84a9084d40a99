/**
 * Faults at the receiving end: a webhook receiver that is slower than
 * WEBHOOK_TIMEOUT_MS, one that is down (connection refused), one that answers
 * 500. Each time the worker retries with backoff until the receiver takes the
 * message; afterwards every accepted message was taken exactly once (counted
 * at the receiver), none is lost and its status history names every attempt.
 */
import { validateTestEnv } from '@lib/config';
import { waitFor } from '../e2e/harness';
import { DEADLINE_MS, expectDeliveredExactlyOnce, startFaultRun, submitAccepted, waitSettled, type FaultRun } from './fault-checks';

const { databaseUrl } = validateTestEnv();
const TIMEOUT_MS = 1_000;
const BATCH = 4;

(databaseUrl ? describe : describe.skip)('fault: the webhook receiver is slow, down or answers 500', () => {
  let run: FaultRun;
  const receiver = () => run.h.receiver!;

  beforeAll(async () => {
    run = await startFaultRun('fault-webhook', { webhookTimeoutMs: TIMEOUT_MS });
  }, 60_000);
  afterAll(async () => {
    await run?.h.teardown();
  }, 30_000);

  const submitBatch = async () => {
    const ids: string[] = [];
    for (let i = 0; i < BATCH; i++) ids.push(await submitAccepted(run));
    return ids;
  };

  it('slow: answers later than the timeout, so the attempt is abandoned and retried; taken once', async () => {
    // The first attempt of each message is held three times the timeout.
    receiver().delayNext(BATCH, 3 * TIMEOUT_MS);
    const ids = await submitBatch();
    await waitSettled(run.h, ids);
    await expectDeliveredExactlyOnce(run, ids);
    // Every message's first attempt was cut off by the worker (no answer within the timeout).
    const { rows } = await run.h.database.query<{ error: string }>(
      `SELECT a.error FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.message_id = ANY($1) AND a.attempt = 1`, [ids]);
    expect(rows.map((r) => r.error)).toEqual(Array(BATCH).fill(`no answer within ${TIMEOUT_MS} ms`));
    await waitFor('the held requests to be over', () => receiver().requests.every((r) => r.outcome !== 'pending'), { timeoutMs: 4 * TIMEOUT_MS });
    expect(receiver().requests.filter((r) => r.outcome === 'aborted')).toHaveLength(BATCH);
  }, 60_000);

  it('down: connection refused until it comes back; taken once', async () => {
    await receiver().down();
    let ids: string[] = [];
    try {
      ids = await submitBatch();
      // Wait until every message has had at least two refused attempts.
      await waitFor('two refused attempts per message', async () => (await run.h.count(
        `SELECT count(*) AS n FROM (SELECT d.id FROM deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id
          WHERE d.message_id = ANY($1) AND a.error LIKE '%ECONNREFUSED%' GROUP BY d.id HAVING count(*) >= 2) x`, [ids])) === BATCH,
      { timeoutMs: DEADLINE_MS });
    } finally {
      await receiver().up();
    }
    await waitSettled(run.h, ids);
    await expectDeliveredExactlyOnce(run, ids);
  }, 60_000);

  it(`answers 500 to the first ${3 * BATCH} requests, then 200; taken once`, async () => {
    // Whichever messages' attempts come first get the 500s: some are refused more often than others.
    receiver().failNext(3 * BATCH, 500);
    const ids = await submitBatch();
    await waitSettled(run.h, ids);
    await expectDeliveredExactlyOnce(run, ids);
    const { rows } = await run.h.database.query<{ n: string }>(
      `SELECT count(*) AS n FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.message_id = ANY($1) AND a.http_status = 500`, [ids]);
    expect(Number(rows[0]!.n)).toBe(3 * BATCH);
  }, 60_000);
});
