/**
 * Horizontal scaling on one machine: two gateway processes and two worker
 * processes on one PostgreSQL schema and one Redis, as replicas behind a load
 * balancer would run. Messages go to both gateways in turn, and the same
 * message to both at once; a webhook endpoint per receiving party counts what
 * arrives by Idempotency-Key (the delivery id) and X-Iwmo-Message-Id. Then one
 * worker is killed (SIGKILL) while it delivers, and the other finishes the work.
 * What must hold: every accepted message (and every retourbericht the gateway
 * made) is taken in exactly once by its receiver, nothing is lost, and of two
 * copies of one message exactly one is accepted, the other refused with 9056.
 * docs/scaling.md refers to this test.
 */
import { validateTestEnv } from '@lib/config';
import { Harness, waitFor, type ManagedProcess, type ReceivedRequest, type TestParty } from './harness';
import { MessageFactory } from './messages';

const { databaseUrl } = validateTestEnv();

interface Answer {
  status: number;
  body: { id: string; status: string; retourcodes: string[] };
}

(databaseUrl ? describe : describe.skip)('two gateways and two workers on one database and one Redis', () => {
  let h: Harness;
  let gatewayB: { process: ManagedProcess; url: string };
  let workerB: { process: ManagedProcess; metricsUrl: string };
  let delft: TestParty;
  let aanbieders: TestParty[];
  const factory = new MessageFactory('R');

  beforeAll(async () => {
    h = await Harness.start({ name: 'replicas', logLevel: 'log', deliveryBackoffMs: 100, deliveryAttempts: 8, webhookTimeoutMs: 5_000 });
    [gatewayB, workerB] = await Promise.all([h.startGatewayReplica('gateway-b'), h.startWorkerReplica('worker-b')]);
    delft = await h.createParty('gemeente', '0503', 'Gemeente Delft', 'webhook');
    aanbieders = [
      await h.createParty('aanbieder', '12345678', 'Zorg BV', 'webhook'),
      await h.createParty('aanbieder', '23456789', 'Thuiszorg BV', 'webhook'),
    ];
  }, 90_000);

  afterAll(async () => {
    await Promise.all([gatewayB?.process.stop('SIGTERM', 5_000), workerB?.process.stop('SIGTERM', 5_000)]);
    await h?.teardown();
  }, 30_000);

  const gateways = () => [h.gatewayUrl, gatewayB.url];

  async function post(gateway: string, key: string, body: string): Promise<Answer> {
    const response = await fetch(`${gateway}/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  /** Runs the jobs with at most `concurrency` in flight. */
  async function inParallel<T>(jobs: Array<() => Promise<T>>, concurrency = 8): Promise<T[]> {
    const results: T[] = new Array(jobs.length);
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }));
    return results;
  }

  /** Webhook deliveries in the database, by id; waits until none is pending. */
  async function settledDeliveries(): Promise<Map<string, { messageId: string; status: string }>> {
    await waitFor('every webhook delivery to be settled', async () =>
      (await h.count(`SELECT count(*) AS n FROM deliveries WHERE channel = 'webhook' AND status = 'pending'`)) === 0,
    { timeoutMs: 60_000, intervalMs: 200, describeLast: async () => `${await h.count(`SELECT count(*) AS n FROM deliveries WHERE status = 'pending'`)} pending` });
    const { rows } = await h.database.query<{ id: string; message_id: string; status: string }>(`SELECT id, message_id, status FROM deliveries WHERE channel = 'webhook'`);
    return new Map(rows.map((r) => [r.id, { messageId: r.message_id, status: r.status }]));
  }

  /** Deliveries a worker logged as delivered (LOG_LEVEL=log). */
  const deliveredBy = (worker: ManagedProcess) => worker.log().split('\n').filter((l) => /: delivered \(HTTP 2\d\d/.test(l)).length;

  const accepted = (r: ReceivedRequest) => typeof r.outcome === 'number' && r.outcome >= 200 && r.outcome < 300;

  /** Idempotency-Key -> the requests with it that the receiver answered 2xx. */
  function acceptedByKey(requests: readonly ReceivedRequest[]): Map<string, ReceivedRequest[]> {
    const byKey = new Map<string, ReceivedRequest[]>();
    for (const r of requests.filter(accepted)) byKey.set(r.idempotencyKey!, [...(byKey.get(r.idempotencyKey!) ?? []), r]);
    return byKey;
  }

  it('delivers every message accepted by either gateway exactly once, and refuses the second copy of a message with 9056', async () => {
    const receiver = h.receiver!;
    receiver.reset();
    // Chains alternate between the gateways: the toewijzing to one, its start to the other.
    const chains = Array.from({ length: 40 }, (_, i) => ({ chain: factory.chain(delft.party.code, aanbieders[i % 2]!.party.code), aanbieder: aanbieders[i % 2]!, i }));
    const toewijzingen = await inParallel(chains.map(({ chain, i }) => () => post(gateways()[i % 2]!, delft.key, factory.toewijzing(chain))));
    const starts = await inParallel(chains.map(({ chain, aanbieder, i }) => () => post(gateways()[(i + 1) % 2]!, aanbieder.key, factory.start(chain))));
    for (const answer of [...toewijzingen, ...starts]) expect(answer).toMatchObject({ status: 202, body: { status: 'accepted' } });

    // The same toewijzing to both gateways at the same moment.
    const twins = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const body = factory.toewijzing(factory.chain(delft.party.code, aanbieders[i % 2]!.party.code));
      return Promise.all(gateways().map((gateway) => post(gateway, delft.key, body)));
    }));
    for (const pair of twins) {
      const statuses = pair.map((a) => a.status).sort();
      expect(statuses).toEqual([202, 422]);
      const refused = pair.find((a) => a.status === 422)!;
      expect(refused.body.retourcodes).toContain('9056');
    }
    const acceptedIds = [...toewijzingen, ...starts, ...twins.flatMap((pair) => pair.filter((a) => a.status === 202))].map((a) => a.body.id);
    expect(acceptedIds).toHaveLength(40 + 40 + 20);

    const deliveries = await settledDeliveries();
    // 100 accepted messages, and a retourbericht (WMO302) to the gemeente for each refused copy.
    expect(deliveries.size).toBe(100 + 20);
    expect([...deliveries.values()].every((d) => d.status === 'delivered')).toBe(true);
    const deliveredMessages = new Set([...deliveries.values()].map((d) => d.messageId));
    for (const id of acceptedIds) expect(deliveredMessages.has(id)).toBe(true);

    // At the receivers: each delivery taken in once, nothing else, every signature valid.
    await waitFor('the receiver to have answered every delivery', () => receiver.acceptedKeys().size >= deliveries.size, { timeoutMs: 10_000 });
    const byKey = acceptedByKey(receiver.requests);
    expect(new Set(byKey.keys())).toEqual(new Set(deliveries.keys()));
    expect([...byKey.values()].filter((rs) => rs.length > 1)).toEqual([]);
    expect(receiver.requests).toHaveLength(deliveries.size);
    expect(new Set(receiver.requests.map((r) => r.headers['x-iwmo-message-id'])).size).toBe(deliveries.size);
    expect(receiver.requests.filter((r) => !r.signature.valid)).toEqual([]);
    // Every message went to the endpoint of the party it was addressed to.
    const toGemeente = receiver.requests.filter((r) => r.path === `/hooks/${delft.party.code}`).length;
    expect(toGemeente).toBe(40 + 20); // the starts, and the retourberichten of the refused copies
    // Both workers took deliveries from the one queue.
    expect(deliveredBy(h.worker)).toBeGreaterThan(0);
    expect(deliveredBy(workerB.process)).toBeGreaterThan(0);
  }, 90_000);

  it('finishes the work of a worker killed while delivering; only deliveries it had in flight reach a receiver twice, with the same Idempotency-Key', async () => {
    const receiver = h.receiver!;
    receiver.reset();
    // The receiver takes a second per answer, so the worker to be killed has deliveries in flight (up to its concurrency).
    receiver.setDelay(1_000);
    const burst = 120;
    const answers = await inParallel(Array.from({ length: burst }, (_, i) => () =>
      post(gateways()[i % 2]!, delft.key, factory.toewijzing(factory.chain(delft.party.code, aanbieders[i % 2]!.party.code)))));
    for (const answer of answers) expect(answer.status).toBe(202);

    const before = deliveredBy(workerB.process);
    await waitFor('worker B to be delivering this burst', () => deliveredBy(workerB.process) > before, { timeoutMs: 30_000, intervalMs: 20 });
    const killedAt = Date.now();
    await workerB.process.stop('SIGKILL');

    // The jobs worker B held are taken up by worker A once their locks expire (within 30 s).
    const deliveries = await settledDeliveries();
    const ids = new Set(answers.map((a) => a.body.id));
    const ours = [...deliveries].filter(([, d]) => ids.has(d.messageId));
    expect(ours).toHaveLength(burst);
    expect(ours.every(([, d]) => d.status === 'delivered')).toBe(true);

    // Nothing lost: every delivery was taken in by its receiver (a 2xx answer to its Idempotency-Key), and nothing else was.
    await waitFor('the receiver to have answered every delivery', () => receiver.acceptedKeys().size >= burst, { timeoutMs: 10_000 });
    expect(new Set(acceptedByKey(receiver.requests).keys())).toEqual(new Set(ours.map(([id]) => id)));
    // A delivery reaches a receiver twice only when the killed worker had sent it and could not
    // record the answer: at most its concurrency (16), each first sent before the kill. The
    // Idempotency-Key is the same, so the receiver takes it in once.
    const repeated = [...receiver.distinctKeys()].filter((key) => receiver.forKey(key).length > 1);
    expect(repeated.length).toBeLessThanOrEqual(16);
    for (const key of repeated) {
      const requests = receiver.forKey(key);
      expect(requests).toHaveLength(2);
      expect(requests[0]!.at).toBeLessThanOrEqual(killedAt);
      expect(requests[1]!.at).toBeGreaterThan(killedAt);
    }
    // The kill cut deliveries off mid-request, and each of those was sent again and taken in.
    const cut = receiver.requests.filter((r) => r.outcome === 'aborted');
    expect(cut.length).toBeGreaterThan(0);
    for (const r of cut) expect(receiver.forKey(r.idempotencyKey!).filter(accepted)).toHaveLength(1);
    expect(receiver.requests.filter((r) => !r.signature.valid)).toEqual([]);
  }, 90_000);
});
