import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@lib/config';
import { provideJobHandlers, QueueModule } from '@lib/queue';
// Shared with the gateway so both expose the same /metrics; a candidate for a lib of its own.
import { MetricsModule } from '../../gateway/src/metrics/metrics.module';

/**
 * The worker: BullMQ processors on the queues of libs/queue. Boot fails while
 * a job marked requiresHandler has no handler in JOB_HANDLERS (checked before
 * any BullMQ worker starts).
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), QueueModule.forRoot(), MetricsModule.forRoot('worker')],
      providers: [
        // Job handlers per queue. The delivery processor adds `deliver` here (inject its use case)
        // and sets requiresHandler in libs/queue/src/queues.ts.
        provideJobHandlers({ useFactory: () => ({ delivery: {} }) }),
      ],
    };
  }
}
