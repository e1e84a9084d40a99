import { Module } from '@nestjs/common';
import { PurgeExpiredUseCase } from './purge-expired.usecase';
import { RetentionScheduler } from './retention.scheduler';

/**
 * Retention (docs/retention.md): the purge use case and the timer that runs it. Runs in
 * apps/worker, or inside the gateway when the worker is embedded. Needs APP_CONFIG and the
 * repositories (RepositoriesModule) from the app.
 */
@Module({
  providers: [PurgeExpiredUseCase, RetentionScheduler],
  exports: [PurgeExpiredUseCase, RetentionScheduler],
})
export class RetentionModule {}
