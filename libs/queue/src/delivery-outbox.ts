import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobName, QueueName, type JobPayloads } from './queues';

/**
 * Hands committed deliveries to the queue. Called after the transaction that
 * stored them has committed; the job id is the delivery id, so handing the same
 * delivery over twice (the relay re-offering a delivery whose job was lost) is a
 * no-op while the first job exists. When Redis is down the deliveries stay
 * pending in PostgreSQL and the relay in the worker enqueues them later.
 */
@Injectable()
export class DeliveryOutbox {
  private readonly logger = new Logger('DeliveryOutbox');

  constructor(@InjectQueue(QueueName.Delivery) private readonly queue: Queue<JobPayloads[typeof JobName.Deliver]>) {}

  /** Enqueues; resolves to the ids that could not be enqueued (left for the relay). */
  async enqueue(deliveryIds: readonly string[]): Promise<string[]> {
    if (!deliveryIds.length) return [];
    try {
      // With Redis down, ioredis would hold the command until it reconnects; do not wait that long.
      const adding = this.queue.addBulk(deliveryIds.map((deliveryId) => ({ name: JobName.Deliver, data: { deliveryId }, opts: { jobId: deliveryId } })));
      adding.catch(() => undefined);
      await Promise.race([adding, new Promise((_, reject) => setTimeout(() => reject(new Error('Redis did not answer within 2 s')), 2000).unref())]);
      return [];
    } catch (error) {
      this.logger.warn(`could not enqueue ${deliveryIds.length} deliveries now (${(error as Error).message}); the outbox relay will retry`);
      return [...deliveryIds];
    }
  }
}
