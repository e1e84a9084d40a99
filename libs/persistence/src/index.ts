export { DATABASE } from './database';
export type { Database, Queryable, QueryResult } from './database';
export { PgDatabase } from './pg-database';
export type { PgDatabaseOptions } from './pg-database';
export { PgliteDatabase } from './pglite-database';
export { openDatabase } from './open-database';
export { DEFAULT_MIGRATIONS_DIR, MigrationError, loadMigrations, runMigrations } from './migration-runner';
export type { Migration, MigrationReport, RunMigrationsOptions } from './migration-runner';
export { PersistenceModule } from './persistence.module';
