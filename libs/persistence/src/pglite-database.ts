import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite, Results, Transaction } from '@electric-sql/pglite';
import { Database, PG_TYPE, Queryable, QueryResult } from './database';

/** Same conversions as node-postgres (see database.ts). */
const parsers = {
  [PG_TYPE.INT8]: (value: string) => value,
  [PG_TYPE.DATE]: (value: string) => value,
  [PG_TYPE.BYTEA]: (value: string) => Buffer.from(value.slice(2), 'hex'),
};

/**
 * Database embedded in the process (PGlite: PostgreSQL compiled to WASM),
 * file-backed for `npm start` without a server, or in memory for tests.
 * PGlite serves one process: a lock file stops a second process from opening
 * the same files, which would corrupt them.
 */
export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;

  private constructor(
    private readonly db: PGlite,
    private readonly lock: DirectoryLock | undefined,
  ) {}

  /** dataDir: directory of the database files, created when missing; undefined: in memory. */
  static async open(dataDir?: string): Promise<PgliteDatabase> {
    let lock: DirectoryLock | undefined;
    if (dataDir !== undefined) {
      mkdirSync(dirname(dataDir), { recursive: true });
      lock = DirectoryLock.acquire(`${dataDir}.lock`, dataDir);
    }
    try {
      const db = new PGlite({ dataDir, parsers });
      await db.waitReady;
      return new PgliteDatabase(db, lock);
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  static inMemory(): Promise<PgliteDatabase> {
    return PgliteDatabase.open(undefined);
  }

  async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    return toResult(await this.db.query<T>(sql, params as unknown[] | undefined));
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R> {
    // PGlite queues other queries until the transaction ends: it has one connection.
    return this.db.transaction((tx) => fn(sessionOf(tx)));
  }

  async close(): Promise<void> {
    try {
      if (!this.db.closed) await this.db.close();
    } finally {
      this.lock?.release();
    }
  }
}

function sessionOf(tx: Transaction): Queryable {
  return {
    query: async <T>(sql: string, params?: readonly unknown[]) => toResult(await tx.query<T>(sql, params as unknown[] | undefined)),
    exec: async (sql: string) => {
      await tx.exec(sql);
    },
  };
}

function toResult<T>(result: Results<T>): QueryResult<T> {
  // PGlite reports affectedRows only for INSERT/UPDATE/DELETE; node-postgres counts SELECT rows too.
  const affected = result.affectedRows ?? 0;
  return { rows: result.rows, rowCount: affected > 0 ? affected : result.rows.length };
}

/** Lock files held by this process (two opens in one process must fail too). */
const heldLocks = new Set<string>();

/** A pid file next to the data directory; a lock left by a dead process is taken over. */
class DirectoryLock {
  private constructor(private readonly path: string) {}

  static acquire(path: string, dataDir: string): DirectoryLock {
    if (heldLocks.has(path)) throw new Error(`the embedded database in ${dataDir} is already open in this process`);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        heldLocks.add(path);
        return new DirectoryLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(path, 'utf8').trim());
        if (isAlive(holder)) {
          throw new Error(
            `the embedded database in ${dataDir} is in use by process ${holder}; PGlite serves one process only. ` +
              `Stop that process, or set DATABASE_URL to share a PostgreSQL server (remove ${path} if no such process runs).`,
          );
        }
        unlinkSync(path);
      }
    }
    throw new Error(`could not lock ${dataDir}`);
  }

  release(): void {
    heldLocks.delete(this.path);
    try {
      if (readFileSync(this.path, 'utf8').trim() === String(process.pid)) unlinkSync(this.path);
    } catch {
      // already gone
    }
  }
}

function isAlive(pid: number): boolean {
  // Our own pid in a lock we do not hold is left from an earlier run: in a container the main process always has the same pid.
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
