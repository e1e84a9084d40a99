import { join } from 'node:path';
import { AppConfig } from '@lib/config';
import { Database } from './database';
import { PgDatabase } from './pg-database';
import { PgliteDatabase } from './pglite-database';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR/pglite. */
export function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  if (config.databaseUrl) return Promise.resolve(new PgDatabase(config.databaseUrl));
  return PgliteDatabase.open(join(config.dataDir, 'pglite'));
}
