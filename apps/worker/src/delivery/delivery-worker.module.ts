import { Module } from '@nestjs/common';
import { JOB_HANDLERS, JobName, provideJobHandlers, QueueName } from '@lib/queue';
import { DeliverUseCase } from './deliver.usecase';
import { DeliveryMetrics } from './delivery.metrics';
import { DeliveryProcessor } from './delivery.processor';
import { OutboxRelayService } from './outbox-relay.service';

/**
 * Webhook delivery: the delivery queue's processor, the deliver use case, the
 * outbox relay and their metrics. Runs in apps/worker, or inside the gateway
 * when the worker is embedded (PGlite serves one process). Needs what the app
 * provides globally: APP_CONFIG, DATABASE and the repositories
 * (RepositoriesModule), the queues (QueueModule) and METRICS_REGISTRY.
 */
@Module({
  providers: [
    DeliverUseCase,
    DeliveryMetrics,
    DeliveryProcessor,
    OutboxRelayService,
    provideJobHandlers({
      inject: [DeliverUseCase],
      useFactory: (deliver: DeliverUseCase) => ({
        [QueueName.Delivery]: {
          [JobName.Deliver]: (payload, job) => deliver.execute(payload.deliveryId, job.attemptsMade),
        },
      }),
    }),
  ],
  exports: [DeliverUseCase, OutboxRelayService, JOB_HANDLERS],
})
export class DeliveryWorkerModule {}
