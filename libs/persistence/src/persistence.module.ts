import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@lib/config';
import { loadFieldCipher, loadLookupKey, useFieldCipher, useLookupKey } from './crypto';
import { DATABASE, Database } from './database';
import { runMigrations } from './migration-runner';
import { openDatabase } from './open-database';

@Injectable()
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}

/**
 * Provides the Database (token DATABASE). The schema is migrated before
 * anything can use it, and the connection is closed on shutdown.
 */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<Database> => {
        const logger = new Logger('PersistenceModule');
        useFieldCipher(loadFieldCipher(config, (warning) => logger.warn(warning)));
        useLookupKey(loadLookupKey(config));
        const db = await openDatabase(config);
        try {
          const report = await runMigrations(db, { log: (message) => logger.log(message) });
          logger.log(`${db.kind} ready (${report.applied.length} migrations applied, ${report.alreadyApplied} already in place)`);
        } catch (error) {
          await db.close();
          throw error;
        }
        return db;
      },
    },
    DatabaseShutdown,
  ],
  exports: [DATABASE],
})
export class PersistenceModule {}
