/**
 * The gateway in-process, on the real Redis and on both databases: the
 * embedded PGlite (files in a temporary DATA_DIR) and PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv, validateTestEnv } from '@lib/config';
import { assertPgliteCanLoad, testDatabaseBackends, TestDatabase } from '@lib/persistence/testing';
import { createGatewayApp, localUrl } from './gateway.app';

const { redisUrl } = validateTestEnv();

interface Started {
  app: NestExpressApplication;
  url: string;
  cleanup: () => Promise<void>;
}

async function startGateway(env: Record<string, string>, database: 'pglite' | TestDatabase): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iwmo-gateway-'));
  const dbEnv = database === 'pglite' ? {} : { DATABASE_URL: database.url! };
  const config = validateEnv({ PORT: '0', DATA_DIR: dataDir, ...dbEnv, ...env });
  const app = await createGatewayApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  return {
    app,
    url: localUrl(app),
    cleanup: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const backends = testDatabaseBackends().map((b) => [b.name, b] as const);

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('gateway on %s and Redis', (name, backend) => {
  let started: Started;
  let test: TestDatabase | undefined;

  beforeAll(async () => {
    if (name === 'pglite') assertPgliteCanLoad();
    else test = await backend.create();
    started = await startGateway({ REDIS_URL: redisUrl! }, test ?? 'pglite');
  });
  afterAll(async () => {
    await started?.cleanup();
    await test?.dispose();
  });

  it('is live and ready', async () => {
    const live = await fetch(`${started.url}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${started.url}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok', checks: { postgres: 'up', redis: 'up' }, failed: [] }]);
  });

  it('serves the API docs as HTML and JSON', async () => {
    const html = await fetch(`${started.url}/docs`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('swagger');
    const json = (await (await fetch(`${started.url}/docs-json`)).json()) as { info: { title: string }; paths: object };
    expect(json.info.title).toBe('iWmo 3.2 gateway');
    expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready', '/metrics']));
  });

  it('describes the verdict contract in the OpenAPI document', async () => {
    type Doc = { paths: Record<string, Record<string, { description?: string; responses: Record<string, { content?: Record<string, { schema: { $ref?: string }; examples?: Record<string, { value: { verdict?: { outcome: string } } }> }> }> }>>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    const doc = (await (await fetch(`${started.url}/docs-json`)).json()) as Doc;
    const submit = doc.paths['/v1/berichten']!.post!;
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['202', '422']));
    expect(submit.responses['202']!.content!['application/json']!.schema.$ref).toBe('#/components/schemas/SubmitAnswerDto');
    expect(submit.description).toMatch(/RETOUR-HEENBERICHT.*CC11.*TR337.*PRESTATIE-BEOORDEELD.*X-Iwmo-Verdict/s);
    const status = doc.paths['/v1/berichten/{id}']!.get!.responses['200']!.content!['application/json']!;
    expect(Object.values(status.examples!).map((e) => e.value.verdict?.outcome)).toEqual(['accepted', 'partially-rejected', 'rejected']);
    expect(Object.keys(doc.components.schemas.DeclaratieVerdictDto!.properties)).toEqual(['outcome', 'rejectedPrestaties', 'rejectedPrestatieCount', 'declaratieAntwoord']);
    expect(Object.keys(doc.components.schemas.BerichtStatusDto!.properties)).toContain('verdict');
  });

  it('exposes Prometheus metrics labelled with the app', async () => {
    const response = await fetch(`${started.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/process_cpu_user_seconds_total\{app="gateway"\}/);
  });

  it('migrated the database on start', async () => {
    if (!test) return; // PGlite's files belong to the running app; the runner has its own specs
    expect((await test.db.query('SELECT count(*) AS n FROM schema_migrations')).rows).toHaveLength(1);
  });
});

describe('gateway without Redis', () => {
  let started: Started;
  beforeAll(async () => {
    assertPgliteCanLoad();
    // Port 1 on loopback: nothing listens there, so every connection is refused.
    started = await startGateway({ REDIS_URL: 'redis://127.0.0.1:1' }, 'pglite');
  });
  afterAll(() => started?.cleanup());

  it('stays live but answers 503 on readiness, naming Redis', async () => {
    expect((await fetch(`${started.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${started.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', checks: { postgres: 'up', redis: 'down' }, failed: ['redis'] });
  });
});
