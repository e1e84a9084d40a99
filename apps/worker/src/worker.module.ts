import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@lib/config';
import { PersistenceModule, RepositoriesModule } from '@lib/persistence';
import { QueueModule } from '@lib/queue';
// Shared with the gateway so both expose the same /metrics; a candidate for a lib of its own.
import { MetricsModule } from '../../gateway/src/metrics/metrics.module';
import { DeliveryWorkerModule } from './delivery/delivery-worker.module';
import { RetentionModule } from './retention/retention.module';

/**
 * The worker: BullMQ processors on the queues of libs/queue, the outbox
 * relay, and the retention purge. Boot fails while a job marked requiresHandler has no handler in
 * JOB_HANDLERS (provided by DeliveryWorkerModule, checked before any BullMQ
 * worker starts).
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        RepositoriesModule,
        QueueModule.forRoot(),
        MetricsModule.forRoot('worker'),
        DeliveryWorkerModule,
        RetentionModule,
      ],
    };
  }
}
