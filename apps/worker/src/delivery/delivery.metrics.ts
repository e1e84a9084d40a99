import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Counter, Gauge, Registry } from 'prom-client';
import { QueueName } from '@lib/queue';
// The registry the app serves at /metrics (gateway or worker); see worker.module.ts.
import { METRICS_REGISTRY } from '../../../gateway/src/metrics/metrics.registry';
import { withTimeout } from './with-timeout';

export type AttemptOutcome = 'delivered' | 'retry' | 'failed';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** A scrape must not hang on a Redis that does not answer. */
const QUEUE_COUNT_TIMEOUT_MS = 1000;

/** Delivery metrics on the app's registry: webhook attempts by outcome, and the queue's depth read at scrape time. */
@Injectable()
export class DeliveryMetrics {
  readonly attempts: Counter<'outcome'>;

  constructor(
    @Inject(METRICS_REGISTRY) registry: Registry,
    @InjectQueue(QueueName.Delivery) queue: Pick<Queue, 'getJobCounts'>,
  ) {
    this.attempts = new Counter({
      name: 'iwmo_delivery_attempts_total',
      help: 'Webhook delivery attempts, by outcome (delivered, retry: transient failure, failed: permanent or last attempt).',
      labelNames: ['outcome'],
      registers: [registry],
    });
    for (const outcome of ['delivered', 'retry', 'failed'] as const) this.attempts.inc({ outcome }, 0);
    new Gauge({
      name: 'iwmo_queue_depth',
      help: 'Jobs in the delivery queue by state, read from Redis at scrape time (absent while Redis does not answer).',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        try {
          const counts = await withTimeout(queue.getJobCounts(...QUEUE_STATES), QUEUE_COUNT_TIMEOUT_MS, 'counting queued jobs');
          for (const state of QUEUE_STATES) this.set({ state }, counts[state] ?? 0);
        } catch {
          this.reset();
        }
      },
    });
  }

  attempt(outcome: AttemptOutcome): void {
    this.attempts.inc({ outcome });
  }
}
