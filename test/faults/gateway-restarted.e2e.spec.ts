/**
 * Fault: the gateway restarted under load, once gracefully (SIGTERM) and once
 * killed (SIGKILL), while clients keep sending. A client that gets no answer
 * (connection refused or cut) or a 503 sends the same message again, as the
 * API asks; an answer 9056 then means that an earlier copy was accepted before
 * the answer was lost. Afterwards every message is accepted exactly once, and
 * every accepted message is delivered exactly once with a complete history.
 */
import { validateTestEnv } from '@lib/config';
import { sleep } from '../e2e/harness';
import { acceptedIds, expectDeliveredExactlyOnce, newToewijzing, postOnOwnConnection, startFaultRun, waitSettled, type FaultRun, type Sent } from './fault-checks';

const { databaseUrl } = validateTestEnv();
const CLIENTS = 4;
const MAX_TRIES = 150;

interface Outcome {
  sent: Sent;
  /** 202, or 9056 after a lost answer */
  how: 'accepted' | 'duplicate-of-lost-answer' | string;
  tries: number;
}

(databaseUrl ? describe : describe.skip)('fault: the gateway restarted under load', () => {
  let run: FaultRun;

  beforeAll(async () => {
    run = await startFaultRun('fault-gateway-restart');
  }, 60_000);
  afterAll(async () => {
    await run?.h.teardown();
  }, 30_000);

  /** One message until it has a verdict: retried on no answer and on 503. */
  async function sendUntilJudged(sent: Sent, failures: { n: number }): Promise<Outcome> {
    for (let tries = 1; tries <= MAX_TRIES; tries++) {
      try {
        const answer = await postOnOwnConnection(run.h, run.delft.key, sent.xml, 10_000);
        if (answer.status === 202) return { sent, how: 'accepted', tries };
        if (answer.status === 422 && tries > 1 && answer.body.retourcodes?.includes('9056')) return { sent, how: 'duplicate-of-lost-answer', tries };
        if (answer.status !== 503) return { sent, how: `HTTP ${answer.status}: ${JSON.stringify(answer.body)}`, tries };
      } catch {
        // no answer: the gateway is down or went down mid-request
      }
      failures.n += 1;
      await sleep(100);
    }
    return { sent, how: `no verdict after ${MAX_TRIES} tries`, tries: MAX_TRIES };
  }

  it('accepts every message once and delivers each once across a SIGTERM and a SIGKILL restart', async () => {
    const { h } = run;
    let stop = false;
    const failures = { n: 0 };
    const outcomes: Outcome[] = [];
    const client = async () => {
      while (!stop) outcomes.push(await sendUntilJudged(newToewijzing(run), failures));
    };
    const clients = Array.from({ length: CLIENTS }, client);

    await sleep(1_000);
    await h.gateway.stop('SIGTERM');
    await h.startGateway();
    await sleep(1_000);
    await h.gateway.stop('SIGKILL');
    await h.startGateway();
    await sleep(1_000);
    stop = true;
    await Promise.all(clients);

    expect(outcomes.filter((o) => o.how !== 'accepted' && o.how !== 'duplicate-of-lost-answer').map((o) => `${o.sent.identificatie}: ${o.how}`)).toEqual([]);
    // The restarts were felt: some requests got no answer or a 503 and were sent again.
    expect(failures.n).toBeGreaterThan(0);
    const identificaties = outcomes.map((o) => o.sent.identificatie);
    const accepted = await acceptedIds(h, identificaties);
    expect(identificaties.filter((i) => !accepted.has(i))).toEqual([]);
    const ids = [...accepted.values()];
    process.stdout.write(`gateway restarts: ${outcomes.length} messages accepted (${outcomes.filter((o) => o.how !== 'accepted').length} after a lost answer), ${failures.n} failed tries retried\n`);

    await waitSettled(h, ids, 90_000);
    await expectDeliveredExactlyOnce(run, ids);
  }, 150_000);
});
