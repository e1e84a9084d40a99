/**
 * Personal data at rest (issue 12): every scenario's messages go through the real gateway (HTTP,
 * rules, state, retourberichten), on the embedded PGlite and on PostgreSQL; then every column of
 * every table is read directly and no BSN of the messages may be in it in plaintext - not in the
 * bodies, the state tables, the findings (messages.errors), the events or anywhere else.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv, validateTestEnv } from '@lib/config';
import { DATABASE, runMigrations, type Database } from '@lib/persistence';
import { testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { createGatewayApp, localUrl } from '../../apps/gateway/src/gateway.app';
import { gatewaySender } from './gateway-sender';

const ROOT = __dirname;
const files = readdirSync(ROOT)
  .filter((name) => statSync(join(ROOT, name)).isDirectory())
  .sort()
  .flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.xml')).sort().map((f) => join(ROOT, dir, f)));
const BSNS = [...new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<(?:\w+:)?Bsn>\s*(\d{9})\s*</g)].map((m) => m[1]!)))];

const { redisUrl } = validateTestEnv();
const postgres = testDatabaseBackends().find((b) => b.name === 'postgres');
type Target = () => Promise<{ env: Record<string, string>; dispose: () => Promise<void> }>;
/** The gateway's embedded PGlite (DATA_DIR), and the real PostgreSQL when the test command has one. */
const backends: Array<[string, Target]> = [['pglite', async () => ({ env: {}, dispose: async () => undefined })]];
if (postgres) {
  backends.push(['postgres', async () => {
    const test: TestDatabase = await postgres.create();
    return { env: { DATABASE_URL: test.url! }, dispose: () => test.dispose() };
  }]);
}

/** Every value of every table, as text (bytea kept as bytes), with where it is. */
async function everyValue(db: Database): Promise<Array<{ where: string; value: string | Buffer }>> {
  const { rows: tables } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const values: Array<{ where: string; value: string | Buffer }> = [];
  for (const { table_name: table } of tables) {
    const { rows } = await db.query<Record<string, unknown>>(`SELECT * FROM "${table}"`);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value === null || value === undefined) continue;
        values.push({ where: `${table}.${column}`, value: Buffer.isBuffer(value) || value instanceof Uint8Array ? Buffer.from(value) : typeof value === 'string' ? value : JSON.stringify(value) });
      }
    }
  }
  return values;
}

const plaintext = (values: Array<{ where: string; value: string | Buffer }>, bsns: readonly string[]) =>
  values.flatMap(({ where, value }) => bsns.filter((bsn) => (Buffer.isBuffer(value) ? value.includes(bsn) : value.includes(bsn))).map((bsn) => `${where}: ${bsn}`));

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('no BSN in plaintext at rest (%s)', (_name, database) => {
  let app: NestExpressApplication;
  let db: Database;
  let dispose: () => Promise<void>;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'iwmo-at-rest-'));
    const target = await database();
    dispose = target.dispose;
    const config = validateEnv({ PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl!, SEED_DEMO: 'false', WORKER_MODE: 'separate', ...target.env });
    app = await createGatewayApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    db = app.get<Database>(DATABASE);
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds the scenarios\' messages, their state and findings, without one of their BSNs in plaintext', async () => {
    const send = gatewaySender(localUrl(app), db);
    let rejected = 0;
    for (const file of files) {
      const verdict = await send(readFileSync(file));
      if (verdict.status !== 'accepted' || verdict.retourcodes.length > 0) rejected++;
    }
    // a row as a gateway from before migration 013 wrote it: the next start seals it
    await db.query(
      `INSERT INTO start_producten (gemeente, aanbieder, bsn, toewijzing_nummer, begindatum, message_id) VALUES ('0503', '12345678', $1, '1', '2026-01-01', gen_random_uuid())`,
      [BSNS[0]],
    );
    expect(plaintext(await everyValue(db), BSNS)).toEqual([`start_producten.bsn: ${BSNS[0]}`]); // the check sees plaintext
    await runMigrations(db);

    // what was stored: state of every kind, findings (some of them about a client), events
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
    expect(BSNS.length).toBeGreaterThan(3);
    expect(rejected).toBeGreaterThan(0);
    const empty: string[] = [];
    for (const table of ['toegewezen_product_versions', 'start_producten', 'stop_producten', 'verzoeken', 'prestaties', 'message_events']) {
      if ((await count(`SELECT count(*) AS n FROM ${table}`)) === 0) empty.push(table);
    }
    expect(empty).toEqual([]);
    expect(await count(`SELECT count(*) AS n FROM messages WHERE errors::text LIKE '%******%'`)).toBeGreaterThan(0);

    expect(plaintext(await everyValue(db), BSNS)).toEqual([]);
  });
});
