/**
 * The large-submission lane through the real gateway app (in-process HTTP, real Redis): with
 * PostgreSQL a message of LARGE_MESSAGE_BYTES and up is judged and stored in the lane's thread,
 * on the same state and with the same answers as on the event loop; with PGlite there is no lane.
 * LARGE_MESSAGE_BYTES is lowered so that the sample messages (a few KB) take the lane.
 */
import { request as httpRequest } from 'node:http';
import { validateTestEnv } from '@lib/config';
import { sampleWmo301 } from '@lib/iwmo/testing/sample-messages';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('large submissions on %s', (name, backend) => {
  const laneExpected = name === 'postgres';
  let gateway: TestGateway;
  let gemeente: string;
  let aanbieder: string;

  beforeAll(async () => {
    gateway = await startTestGateway('large-lane', backend, { LARGE_MESSAGE_BYTES: '1024', MAX_MESSAGE_BYTES: String(64 * 1024) });
    gemeente = await gateway.addParty('gemeente', '0503', 'Delft');
    aanbieder = await gateway.addParty('aanbieder', '12345678', 'Zorg BV');
  });
  afterAll(() => gateway?.close());

  const post = (key: string, body: string) =>
    fetch(`${gateway.url}/v1/berichten`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/xml' }, body });
  const laneCount = async () => {
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    return Number(/^iwmo_large_submissions_total (\d+)$/m.exec(text)?.[1]);
  };

  it(laneExpected ? 'judges in the lane on the shared state: accepted, then the copy TR056' : 'has no lane: judged on the event loop', async () => {
    const before = await laneCount();
    const xml = sampleWmo301({ identificatie: 'LANE-0001' });
    expect(Buffer.byteLength(xml)).toBeGreaterThan(1024);

    const first = await post(gemeente, xml);
    expect(first.status).toBe(202);
    const accepted = (await first.json()) as { id: string; status: string; message: string };
    expect(accepted).toMatchObject({ status: 'accepted', message: 'WMO301' });
    const history = (await (await fetch(`${gateway.url}/v1/berichten/${accepted.id}`, { headers: { authorization: `Bearer ${gemeente}` } })).json()) as {
      history: Array<{ event: string }>;
    };
    expect(history.history.map((h) => h.event)).toEqual(expect.arrayContaining(['received', 'validated', 'accepted', 'in mailbox']));

    const copy = await post(gemeente, xml);
    expect(copy.status).toBe(422);
    expect(((await copy.json()) as { errors: Array<{ rule: string | null }> }).errors.map((e) => e.rule)).toContain('TR056');
    expect(await laneCount()).toBe(before + (laneExpected ? 2 : 0));
  });

  it('answers a refusal from the lane as it does on the event loop: 403 with its text', async () => {
    const response = await post(aanbieder, sampleWmo301({ identificatie: 'LANE-0002' }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'FORBIDDEN', detail: expect.stringContaining('Een aanbieder mag geen WMO301 (Toewijzing) sturen') });
  });

  it('reads a chunked XML body (no Content-Length) and refuses one over the limit with 413', async () => {
    const send = (body: Buffer, chunk: number) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(`${gateway.url}/v1/berichten`, {
          method: 'POST', headers: { authorization: `Bearer ${gemeente}`, 'content-type': 'application/xml', 'transfer-encoding': 'chunked' },
        }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve({ status: res.statusCode!, body: text }));
        });
        req.on('error', reject);
        for (let at = 0; at < body.length; at += chunk) req.write(body.subarray(at, at + chunk));
        req.end();
      });
    const chunked = await send(Buffer.from(sampleWmo301({ identificatie: 'LANE-0003' })), 333);
    expect(chunked.status).toBe(202);

    const tooLarge = await send(Buffer.alloc(80 * 1024, ' '), 16 * 1024);
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ status: 413, detail: expect.stringContaining(String(64 * 1024)) });
  });
});

const postgres = testDatabaseBackends().find((b) => b.name === 'postgres');

(redisUrl && postgres ? describe : describe.skip)('large submissions beyond what the lane holds', () => {
  let gateway: TestGateway;
  let gemeente: string;

  beforeAll(async () => {
    // One thread running two, one waiting: the rest of a burst is refused before anything is stored.
    gateway = await startTestGateway('large-busy', postgres!, { LARGE_MESSAGE_BYTES: '1024', LARGE_MESSAGE_QUEUE: '1' });
    gemeente = await gateway.addParty('gemeente', '0503', 'Delft');
    await gateway.addParty('aanbieder', '12345678', 'Zorg BV');
  });
  afterAll(() => gateway?.close());

  it('answers 503 BUSY with Retry-After and stores nothing for those; every other one is judged', async () => {
    const post = (n: number) =>
      fetch(`${gateway.url}/v1/berichten`, {
        method: 'POST', headers: { authorization: `Bearer ${gemeente}`, 'content-type': 'application/xml' },
        body: sampleWmo301({ identificatie: `BUSY-${String(n).padStart(4, '0')}` }).replace(/1000(01|02)/g, (_, d: string) => `${300 + n}0${d}`),
      });
    // The thread starts on first use from the TypeScript sources: let it start first.
    expect((await post(0)).status).toBe(202);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(i + 1)));
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const a of busy) {
      expect(a.headers.get('retry-after')).toBe('30');
      expect(await a.json()).toMatchObject({ code: 'BUSY', detail: expect.stringContaining('er is niets opgeslagen') });
    }
    const judged = answers.filter((a) => a.status !== 503);
    expect(judged.map((a) => a.status)).toEqual(judged.map(() => 202));
    const stored = await gateway.db.query<{ n: string }>(`SELECT count(*) AS n FROM messages WHERE identificatie LIKE 'BUSY-%'`);
    expect(Number(stored.rows[0]!.n)).toBe(1 + judged.length);
  });
});
