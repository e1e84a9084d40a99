import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { EventEmitter } from 'node:events';
import { BeforeApplicationShutdown, DynamicModule, Global, Injectable, Logger, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@lib/config';
import { DeliveryOutbox } from './delivery-outbox';
import { QUEUES } from './queues';
import { redisOptionsFromUrl } from './redis-connection';

/** Key prefix in Redis, so the gateway's keys are recognisable next to others. */
export const QUEUE_PREFIX = 'iwmo';

/**
 * Closes the queues before @nestjs/bullmq does, working around a BullMQ race:
 * closing a connection that is still starting (Redis slow or down) makes its
 * start-up fail after close() has removed every listener, and that failure,
 * emitted as 'error' with nobody listening, ends the process. So close the
 * queue here and keep a listener for that late error. (The later close by
 * @nestjs/bullmq is then a no-op.)
 */
@Injectable()
class QueueShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger('QueueModule');

  constructor(private readonly moduleRef: ModuleRef) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(Object.keys(QUEUES).map((name) => this.close(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }))));
  }

  private async close(queue: Queue): Promise<void> {
    const closing = queue.close();
    // `connection` is BullMQ's RedisConnection (protected); its listeners were removed synchronously by close().
    (queue as unknown as { connection?: EventEmitter }).connection?.on('error', (error: Error) =>
      this.logger.debug(`queue ${queue.name} closed before it connected: ${error.message}`),
    );
    await closing.catch((error: Error) => this.logger.warn(`closing queue ${queue.name}: ${error.message}`));
  }
}

/**
 * BullMQ on REDIS_URL with every queue of queues.ts registered, so producers
 * use `@InjectQueue(QueueName.Delivery)` and processors `@Processor(QueueName.Delivery)`.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ connection: redisOptionsFromUrl(config.redisUrl), prefix: QUEUE_PREFIX }),
        }),
        BullModule.registerQueue(
          ...Object.entries(QUEUES).map(([name, queue]) => ({ name, defaultJobOptions: queue.defaultJobOptions })),
        ),
      ],
      providers: [QueueShutdown, DeliveryOutbox],
      exports: [BullModule, DeliveryOutbox],
    };
  }
}
