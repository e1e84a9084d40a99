/**
 * Test support: the same test cases run against every backend available,
 * PGlite in memory always, and the real PostgreSQL when the test command set
 * TEST_DATABASE_URL. Every test database is a fresh schema, dropped
 * afterwards, so tests in parallel Jest workers do not see each other. On
 * PGlite the schemas share one in-memory instance per test file, because
 * starting PGlite takes a second or two; its single session means one PGlite
 * test database in use at a time per file (Jest runs a file's tests in turn).
 * Import from '@lib/persistence/testing' in spec files only.
 */
import { randomBytes } from 'node:crypto';
import * as vm from 'node:vm';
import { Client } from 'pg';
import { validateTestEnv } from '@lib/config';
import { FieldCipher, LookupKey, useFieldCipher, useLookupKey } from './crypto';
import { Database } from './database';
import { PgDatabase } from './pg-database';
import { PgliteDatabase } from './pglite-database';

export interface TestDatabase {
  readonly db: Database;
  /** A connection string reaching the same data (PostgreSQL only), for a second process or pool. */
  readonly url: string | undefined;
  dispose(): Promise<void>;
}

export interface DatabaseBackend {
  readonly name: 'pglite' | 'postgres';
  create(): Promise<TestDatabase>;
}

// Repositories seal personal data with the process's key: specs get a random one of their own
// (an app started in the spec adds its key; both open), and a lookup key (the apps hash with it too).
useFieldCipher(new FieldCipher({ id: `test-${randomBytes(4).toString('hex')}`, key: randomBytes(32) }));
useLookupKey(new LookupKey(randomBytes(32)));

export function testDatabaseBackends(): DatabaseBackend[] {
  const { databaseUrl } = validateTestEnv();
  const backends: DatabaseBackend[] = [{ name: 'pglite', create: createPgliteDatabase }];
  if (databaseUrl) backends.push({ name: 'postgres', create: () => createPostgresSchema(databaseUrl) });
  return backends;
}

let sharedPglite: Promise<PgliteDatabase> | undefined;

/** PGlite loads Node built-ins with import(), which Jest's sandbox allows only with this flag. */
export function assertPgliteCanLoad(): void {
  if (typeof (vm as { SyntheticModule?: unknown }).SyntheticModule !== 'function') {
    throw new Error('PGlite under Jest needs NODE_OPTIONS=--experimental-vm-modules (npm test sets it)');
  }
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  assertPgliteCanLoad();
  const shared = await (sharedPglite ??= PgliteDatabase.inMemory());
  const schema = newSchemaName();
  // PGlite has a single session, so search_path set here holds until the next test sets its own.
  await shared.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
  const db: Database = {
    kind: shared.kind,
    query: (sql, params) => shared.query(sql, params),
    exec: (sql) => shared.exec(sql),
    transaction: (fn) => shared.transaction(fn),
    // The instance outlives the test; dispose() drops the schema instead.
    close: async () => undefined,
  };
  return { db, url: undefined, dispose: () => shared.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`) };
}

function newSchemaName(): string {
  return `test_${randomBytes(6).toString('hex')}`;
}

async function createPostgresSchema(baseUrl: string): Promise<TestDatabase> {
  const schema = newSchemaName();
  await withClient(baseUrl, (client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const db = new PgDatabase(url.toString(), { max: 4, applicationName: 'iwmo-gateway-test' });
  return {
    db,
    url: url.toString(),
    dispose: async () => {
      await db.close();
      await withClient(baseUrl, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}

async function withClient<R>(url: string, fn: (client: Client) => Promise<R>): Promise<R> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
