import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '@lib/config';
import { EncryptionRepository } from './crypto/encryption.repository';
import { Database } from './database';

/** Resolved from the package root so it is the same from the sources and from dist. */
export const DEFAULT_MIGRATIONS_DIR = join(packageRoot(), 'libs', 'persistence', 'migrations');

/** Key of the advisory lock that serialises migration runs across processes ('iwmo' in ASCII). */
export const MIGRATION_LOCK_KEY = 0x69776d6f;

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly file: string;
  readonly sql: string;
  readonly checksum: string;
}

export interface MigrationReport {
  /** Migrations this run applied, in order. */
  readonly applied: readonly Migration[];
  /** Migrations found already applied (by an earlier run or a concurrent process). */
  readonly alreadyApplied: number;
  /** Rows the TypeScript follow-ups changed (BSNs sealed after 013). */
  readonly backfilled: number;
}

/**
 * What SQL cannot do after a migration, in TypeScript: run at every start once the migration is in
 * place, until nothing is left (idempotent, batched, cheap when done). 013 gives way to bsn_hash,
 * an HMAC the database cannot compute, so the rows from before it are sealed here.
 */
const FOLLOW_UPS: ReadonlyArray<{ version: number; what: string; run: (db: Database) => Promise<number> }> = [
  { version: 13, what: 'plaintext BSNs sealed', run: (db) => new EncryptionRepository(db).sealPlainBsns(BACKFILL_BATCH) },
];
const BACKFILL_BATCH = 500;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Reads NNN_name.sql files in version order. Other files (README.md, .gitkeep)
 * are ignored, but a .sql file with another name is an error rather than a
 * migration silently skipped.
 */
export function loadMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.sql')) continue;
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new MigrationError(`${join(dir, file)}: migration files are named NNN_snake_name.sql`);
    // Line endings are normalised so a checkout with CRLF does not look like an edited migration.
    const sql = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
    migrations.push({
      version: Number(match[1]),
      name: match[2],
      file,
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    });
  }
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new MigrationError(`two migrations have version ${migrations[i].file.slice(0, 3)}: ${migrations[i - 1].file}, ${migrations[i].file}`);
    }
  }
  return migrations;
}

export interface RunMigrationsOptions {
  readonly dir?: string;
  readonly log?: (message: string) => void;
}

/**
 * Applies pending migrations in order, each in its own transaction together
 * with its schema_migrations row. Every transaction first takes a
 * transaction-scoped advisory lock and re-checks what is applied, so two
 * processes starting at once apply each migration exactly once. A migration
 * that fails rolls back alone and stops the run. Statements that cannot run
 * inside a transaction (CREATE INDEX CONCURRENTLY) are not supported. The
 * follow-ups in TypeScript run last (FOLLOW_UPS).
 */
export async function runMigrations(db: Database, options: RunMigrationsOptions = {}): Promise<MigrationReport> {
  const migrations = loadMigrations(options.dir);
  const lock = `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;

  await db.transaction(async (tx) => {
    await tx.query(lock);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer     PRIMARY KEY,
        name       text        NOT NULL,
        checksum   text        NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  });

  const applied: Migration[] = [];
  let alreadyApplied = 0;
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query(lock);
      const { rows } = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE version = $1', [migration.version]);
      if (rows.length > 0) {
        if (rows[0].checksum !== migration.checksum) {
          throw new MigrationError(`${migration.file} was changed after it was applied; add a new migration instead`);
        }
        return false;
      }
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(`${migration.file} failed: ${(error as Error).message}`, { cause: error });
      }
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version, migration.name, migration.checksum,
      ]);
      return true;
    });
    if (ran) {
      applied.push(migration);
      options.log?.(`applied migration ${migration.file}`);
    } else {
      alreadyApplied++;
    }
  }
  let backfilled = 0;
  for (const step of FOLLOW_UPS.filter((f) => migrations.some((m) => m.version === f.version))) {
    let total = 0;
    for (let n = 1; n > 0; total += n) n = await step.run(db);
    if (total > 0) options.log?.(`${total} ${step.what}`);
    backfilled += total;
  }
  return { applied, alreadyApplied, backfilled };
}
