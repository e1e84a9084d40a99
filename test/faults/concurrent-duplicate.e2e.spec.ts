/**
 * Fault: the same message submitted at the same moment over two connections.
 * Exactly one is accepted (202); the other is rejected with 9056 (TR056, the
 * Identificatie was used before) and a retourbericht; the accepted one is
 * delivered exactly once at the receiver with a complete status history.
 */
import { validateTestEnv } from '@lib/config';
import { acceptedIds, expectDeliveredExactlyOnce, newToewijzing, postOnOwnConnection, startFaultRun, waitSettled, type FaultRun } from './fault-checks';

const { databaseUrl } = validateTestEnv();
const PAIRS = 8;

(databaseUrl ? describe : describe.skip)('fault: the same message from two connections at once', () => {
  let run: FaultRun;

  beforeAll(async () => {
    run = await startFaultRun('fault-duplicate');
  }, 60_000);
  afterAll(async () => {
    await run?.h.teardown();
  }, 30_000);

  it(`accepts exactly one of each of ${PAIRS} simultaneous pairs, answers the other 9056, and delivers the one once`, async () => {
    const sent = Array.from({ length: PAIRS }, () => newToewijzing(run));
    // All pairs at once: 2 x PAIRS connections in flight together.
    const answers = await Promise.all(sent.map((s) => Promise.all([
      postOnOwnConnection(run.h, run.delft.key, s.xml),
      postOnOwnConnection(run.h, run.delft.key, s.xml),
    ])));

    for (const [i, pair] of answers.entries()) {
      const statuses = pair.map((a) => a.status).sort();
      expect({ identificatie: sent[i]!.identificatie, statuses }).toEqual({ identificatie: sent[i]!.identificatie, statuses: [202, 422] });
      const rejected = pair.find((a) => a.status === 422)!;
      expect(rejected.body.status).toBe('rejected');
      expect(rejected.body.retourcodes).toContain('9056');
    }

    // One accepted row per Identificatie; the loser is on record as rejected, not accepted.
    const identificaties = sent.map((s) => s.identificatie);
    const accepted = await acceptedIds(run.h, identificaties);
    expect(accepted.size).toBe(PAIRS);
    expect(await run.h.count(`SELECT count(*) AS n FROM messages WHERE identificatie = ANY($1) AND NOT made_by_gateway AND status = 'rejected'`, [identificaties])).toBe(PAIRS);
    const winners = answers.map((pair) => pair.find((a) => a.status === 202)!.body.id!);
    expect(new Set(accepted.values())).toEqual(new Set(winners));
    // The toewijzing state holds each toewijzing once (two products per message).
    const nummers = sent.flatMap((s) => [...s.chain.toewijzingNummers]);
    expect(await run.h.count(`SELECT count(*) AS n FROM toegewezen_product_versions WHERE toewijzing_nummer = ANY($1)`, [nummers])).toBe(2 * PAIRS);

    await waitSettled(run.h, winners);
    await expectDeliveredExactlyOnce(run, winners);
  }, 90_000);
});
