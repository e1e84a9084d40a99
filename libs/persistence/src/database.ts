/**
 * The database seen by repositories: parameterised queries, scripts and
 * transactions, the same on PostgreSQL (node-postgres) and on the embedded
 * PGlite. Both return int8 as string, date as 'YYYY-MM-DD' string, numeric as
 * string, bytea as Buffer and timestamptz as Date, so code and tests behave
 * the same on either.
 */

/** Injection token of the Database: `@Inject(DATABASE) db: Database`. */
export const DATABASE = Symbol('DATABASE');

export interface QueryResult<T> {
  readonly rows: T[];
  /** Rows returned, or for INSERT/UPDATE/DELETE without RETURNING the rows affected. */
  readonly rowCount: number;
}

/** What can run SQL: the database itself, or one transaction of it. */
export interface Queryable {
  /** One statement with $1..$n parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** A script of statements without parameters (migrations, fixtures). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /**
   * Runs fn in one transaction: commit when it resolves, roll back when it
   * throws (and rethrow). Nested transactions are not supported.
   */
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
  /** 'postgres' or 'pglite', for logs and health output. */
  readonly kind: 'postgres' | 'pglite';
}

/** Type OIDs whose parsing both implementations align. */
export const PG_TYPE = { BYTEA: 17, INT8: 20, DATE: 1082 } as const;
