/**
 * Fault: PostgreSQL unreachable at ingest. The apps reach PostgreSQL through
 * a TCP proxy the test cuts (the shared server keeps running for the other
 * suites). While it is cut the gateway answers 503 with a problem body and
 * stores nothing half: no message, event, delivery or toewijzing state row of
 * a refused message. When the proxy is back the gateway recovers by itself,
 * the same messages are accepted, and each is delivered exactly once.
 */
import { validateTestEnv } from '@lib/config';
import { sleep, waitFor } from '../e2e/harness';
import {
  DEADLINE_MS, expectDeliveredExactlyOnce, newToewijzing, postOnOwnConnection, rowsLeftBy, startFaultRun, submitAccepted, waitSettled,
  type Answer, type FaultRun, type Sent,
} from './fault-checks';

const { databaseUrl } = validateTestEnv();

(databaseUrl ? describe : describe.skip)('fault: PostgreSQL unavailable at ingest', () => {
  let run: FaultRun;
  const accepted: string[] = [];

  beforeAll(async () => {
    run = await startFaultRun('fault-postgres', { databaseProxy: true });
  }, 60_000);
  afterAll(async () => {
    await run?.h.databaseProxy?.restore();
    await run?.h.teardown();
  }, 30_000);

  const proxy = () => run.h.databaseProxy!;
  const ready = async () => (await fetch(`${run.h.gatewayUrl}/health/ready`, { signal: AbortSignal.timeout(DEADLINE_MS) })).status;
  const waitReady = () => waitFor('the gateway to be ready again', async () => (await ready()) === 200, { timeoutMs: DEADLINE_MS, intervalMs: 200 });

  const expectUnavailable = (answer: Answer, what: string) => {
    expect({ what, status: answer.status, contentType: answer.contentType }).toEqual({ what, status: 503, contentType: expect.stringContaining('application/problem+json') });
    expect(answer.body).toMatchObject({ status: 503, code: 'UNAVAILABLE', detail: expect.stringMatching(/kan zijn database nu niet bereiken; er is niets opgeslagen/) });
  };

  it('answers 503 with a problem body, stores nothing, and accepts the same messages once PostgreSQL is back', async () => {
    const before = await submitAccepted(run);
    accepted.push(before);
    expect(proxy().connections).toBeGreaterThan(0);

    await proxy().cut();
    const sent = [newToewijzing(run), newToewijzing(run), newToewijzing(run)];
    try {
      for (const s of sent) expectUnavailable(await postOnOwnConnection(run.h, run.delft.key, s.xml), s.identificatie);
      // A message that would be rejected is stored as evidence when the database is there; not half now.
      const broken = newToewijzing(run);
      expectUnavailable(await postOnOwnConnection(run.h, run.delft.key, broken.xml.replace(/<(\w+:)?Bsn>/, '$&X')), 'a schema violation');
      sent.push(broken);
      // Reading is unavailable too, and readiness says so.
      const read = await run.h.get(run.delft.key, `/v1/berichten/${before}`);
      expect(read.status).toBe(503);
      expect(await ready()).toBe(503);
      expect(await rowsLeftBy(run.h, sent)).toEqual({ messages: 0, events: 0, deliveries: 0, state: 0 });
    } finally {
      await proxy().restore();
    }

    await waitReady();
    // Nothing of them was stored: the same messages are new to the gateway (202, not 9056).
    for (const s of sent.slice(0, 3)) accepted.push(await submitAccepted(run, s));
    await waitSettled(run.h, accepted);
    await expectDeliveredExactlyOnce(run, accepted);
  }, 90_000);

  it('cut while the receiver takes a delivery: the worker records it when PostgreSQL is back, without a second POST', async () => {
    const receiver = run.h.receiver!;
    receiver.delayNext(1, 1_500);
    const id = await submitAccepted(run);
    const held = await waitFor('the webhook request to be held at the receiver', () => receiver.requests.find((r) => r.outcome === 'pending'), { timeoutMs: DEADLINE_MS });
    await proxy().cut();
    try {
      // The receiver answers 200 while the worker cannot reach PostgreSQL to record it.
      await waitFor('the receiver to take the message', () => held.outcome === 200, { timeoutMs: 5_000 });
      await sleep(1_000);
    } finally {
      await proxy().restore();
    }
    await waitSettled(run.h, [id]);
    await expectDeliveredExactlyOnce(run, [id]);
    accepted.push(id);
  }, 60_000);

  it('cut in the middle of a burst: each message is stored whole and accepted, or not at all and answered 503', async () => {
    const sent: Sent[] = Array.from({ length: 12 }, () => newToewijzing(run));
    const answers = sent.map((s) => postOnOwnConnection(run.h, run.delft.key, s.xml).catch((error: Error) => ({ status: 0, body: { detail: error.message }, contentType: '' }) as Answer));
    // Let the first ones through, then cut while the rest are in flight.
    await Promise.race([answers[0], sleep(2_000)]);
    await proxy().cut();
    const settled = await Promise.all(answers);
    const unexpected = settled.map((a, i) => [sent[i]!.identificatie, a.status, a.body.detail] as const).filter(([, status]) => status !== 202 && status !== 503);
    expect(unexpected).toEqual([]);
    await proxy().restore();
    await waitReady();

    const retry: Sent[] = [];
    for (const [i, answer] of settled.entries()) {
      const left = await rowsLeftBy(run.h, [sent[i]!]);
      const whole = { messages: 1, events: 4, deliveries: 1, state: 2 };
      if (answer.status === 202) {
        expect({ identificatie: sent[i]!.identificatie, left }).toEqual({ identificatie: sent[i]!.identificatie, left: whole });
        accepted.push(answer.body.id!);
      } else {
        // 503: nothing; or, when the connection went between COMMIT and its answer, the whole message.
        expect({ identificatie: sent[i]!.identificatie, left: [whole, { messages: 0, events: 0, deliveries: 0, state: 0 }] })
          .toEqual({ identificatie: sent[i]!.identificatie, left: expect.arrayContaining([left]) });
        retry.push(sent[i]!);
      }
    }
    expect(settled.filter((a) => a.status === 503).length).toBeGreaterThan(0);
    // The client retries what got 503: accepted now, or 9056 if it had been committed after all.
    for (const s of retry) {
      const again = await postOnOwnConnection(run.h, run.delft.key, s.xml);
      expect([202, 422]).toContain(again.status);
      if (again.status === 422) expect(again.body.retourcodes).toContain('9056');
    }
    const ids = await run.h.database.query<{ id: string }>(
      `SELECT id FROM messages WHERE status = 'accepted' AND NOT made_by_gateway AND identificatie = ANY($1)`, [sent.map((s) => s.identificatie)]);
    expect(ids.rows).toHaveLength(sent.length);
    accepted.push(...ids.rows.map((r) => r.id).filter((id) => !accepted.includes(id)));
    await waitSettled(run.h, accepted);
    await expectDeliveredExactlyOnce(run, accepted);
  }, 90_000);
});
