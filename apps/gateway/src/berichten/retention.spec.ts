/**
 * A message whose body the retention removed, through the real gateway app (in-process HTTP) on
 * both databases: its XML answers 410 Gone with a clear text, its status and verdict remain.
 */
import { validateTestEnv } from '@lib/config';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { RetentionRepository, type Database } from '@lib/persistence';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('retention on %s', (_name, backend) => {
  let gateway: TestGateway;
  let db: Database;
  let aanbieder: string;

  beforeAll(async () => {
    gateway = await startTestGateway('retention', backend);
    db = gateway.db;
    await gateway.addParty('gemeente', '0503', 'Delft');
    aanbieder = await gateway.addParty('aanbieder', '12345678', 'Zorg BV');
  });
  afterAll(() => gateway?.close());

  const get = (path: string) => fetch(`${gateway.url}${path}`, { headers: { authorization: `Bearer ${aanbieder}` } });

  it('answers GET .../xml of a purged rejected message with 410 and why; GET of the message still gives its verdict', async () => {
    // a start without its toewijzing: rejected by the cross-message rules
    const submitted = await fetch(`${gateway.url}/v1/berichten`, {
      method: 'POST', headers: { authorization: `Bearer ${aanbieder}`, 'content-type': 'application/xml' }, body: sampleWmo305(),
    });
    const { id, status, retourcodes } = (await submitted.json()) as { id: string; status: string; retourcodes: string[] };
    expect(status).toBe('rejected');
    expect((await get(`/v1/berichten/${id}/xml`)).status).toBe(200);

    await db.query(`UPDATE messages SET received_at = now() - interval '31 days' WHERE id = $1`, [id]);
    expect(await new RetentionRepository(db).purgeRejectedBodies(30, 1000)).toBe(1);

    const gone = await get(`/v1/berichten/${id}/xml`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await gone.json()) as { code: string; detail: string };
    expect(problem.code).toBe('BODY_PURGED');
    expect(problem.detail).toContain(`De XML van bericht ${id} is er niet meer: de body is na 30 dagen verwijderd (bewaartermijn)`);
    expect(problem.detail).toContain(`GET /v1/berichten/${id}`);

    const kept = await get(`/v1/berichten/${id}`);
    expect(kept.status).toBe(200);
    expect(await kept.json()).toMatchObject({ id, status: 'rejected', retourcodes, history: expect.arrayContaining([expect.objectContaining({ event: 'rejected' })]) });
  });
});
