import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Database } from '../../libs/persistence/src';

type Persistence = Pick<typeof import('../../libs/persistence/src'), 'PgDatabase' | 'PgliteDatabase'>;

/**
 * A store for a benchmark: a fresh schema in the PostgreSQL of BENCH_DATABASE_URL (default the test
 * database on loopback), dropped on close; the embedded PGlite in memory with `pglite`. `persistence`
 * is the library the benchmark runs (its sources, or dist/ when it measures the built code).
 */
export async function openBenchStore(persistence: Persistence, options: { pglite?: boolean } = {}): Promise<{ db: Database; close: () => Promise<void> }> {
  if (options.pglite) {
    const db = await persistence.PgliteDatabase.inMemory();
    return { db, close: () => db.close() };
  }
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/iwmo_test';
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const db = new persistence.PgDatabase(url.toString());
  return { db, close: async () => { await db.close(); await admin.query(`DROP SCHEMA ${schema} CASCADE`); await admin.end(); } };
}
