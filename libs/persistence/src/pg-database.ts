import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Pool, PoolClient, types as pgTypes } from 'pg';
import { Database, PG_TYPE, Queryable, QueryResult } from './database';

/** Calendar dates stay 'YYYY-MM-DD' strings: a Date would shift them by the time zone. */
const customTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === PG_TYPE.DATE && format !== 'binary' ? (value: string) => value : pgTypes.getTypeParser(oid, format)) as typeof pgTypes.getTypeParser,
};

export interface PgDatabaseOptions {
  /** Pool size; the gateway and the worker each hold one pool. */
  readonly max?: number;
  readonly applicationName?: string;
}

/** Database on a PostgreSQL server through a node-postgres Pool (DATABASE_URL). */
export class PgDatabase implements Database {
  readonly kind = 'postgres' as const;
  private readonly logger = new Logger(PgDatabase.name);
  private readonly pool: Pool;

  constructor(connectionString: string, options: PgDatabaseOptions = {}) {
    this.pool = new Pool({
      connectionString,
      max: options.max ?? 10,
      application_name: options.applicationName ?? 'iwmo-gateway',
      connectionTimeoutMillis: 10_000,
      types: customTypes,
    });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    this.pool.on('error', (error) => this.logger.warn(`idle PostgreSQL connection failed: ${error.message}`));
  }

  query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    return runQuery<T>(this.pool, sql, params);
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // The pool listens for errors on idle clients only: a connection lost while this one is checked
    // out and between two queries would otherwise be an unhandled 'error' event that ends the process.
    const onError = (error: Error) => {
      broken = error;
      this.logger.warn(`PostgreSQL connection lost during a transaction: ${error.message}`);
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await fn(sessionOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      // A client whose ROLLBACK failed is in an unknown state: destroy it instead of reusing it.
      client.removeListener('error', onError);
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * A transaction's session: one connection runs one statement at a time, so statements the caller
 * starts together (Promise.all over repositories) are queued here, in the order they were started,
 * instead of relying on node-postgres's own queue (deprecated for pg 9).
 */
function sessionOf(client: PoolClient): Queryable {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <R>(run: () => Promise<R>): Promise<R> => {
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  };
  return {
    query: <T>(sql: string, params?: readonly unknown[]) => inTurn(() => runQuery<T>(client, sql, params)),
    exec: (sql: string) => inTurn(async () => {
      await client.query(sql);
    }),
  };
}

/** At most this many statement texts are kept prepared per process (each connection prepares those it runs). */
const MAX_PREPARED = 500;
const preparedNames = new Map<string, string>();

/**
 * The name a statement with parameters is prepared under: PostgreSQL parses and plans a named
 * statement once per connection instead of on every call (the submit path runs the same dozen
 * statements for every message). The name is a hash of the text, so one text has one name; texts
 * beyond MAX_PREPARED (filters the dashboard combines, say) run unnamed as before.
 */
function preparedName(sql: string): string | undefined {
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `iwmo_${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;
    preparedNames.set(sql, name);
  }
  return name;
}

async function runQuery<T>(runner: Pool | PoolClient, sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
  const name = params?.length ? preparedName(sql) : undefined;
  const result = name ? await runner.query({ name, text: sql, values: params as unknown[] }) : await runner.query(sql, params as unknown[] | undefined);
  return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
}
