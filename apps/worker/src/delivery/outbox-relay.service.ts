import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DeliveryRepository } from '@lib/persistence';
import { JobName, JobPayloads, QueueName } from '@lib/queue';
import { withTimeout } from './with-timeout';

/** How often the relay looks for deliveries to hand to the queue. */
export const RELAY_INTERVAL_MS = 1000;
/** Deliveries claimed per query; a full batch is followed by the next at once. */
export const RELAY_BATCH_SIZE = 200;
/** A delivery handed over this long ago and still pending is offered again (its job may be gone). */
export const RELAY_STALE_SECONDS = 30;
/** How long one batch may wait for Redis before its claims are given back. */
export const RELAY_ENQUEUE_TIMEOUT_MS = 2000;

type DeliverPayload = JobPayloads[typeof JobName.Deliver];

/**
 * The outbox relay: makes sure every pending webhook delivery has a job.
 * The gateway enqueues after commit; the relay covers what that misses, a
 * Redis outage at accept time, a crash between commit and enqueue, jobs lost
 * with a Redis restart, and deliveries an operator requeued. It claims
 * deliveries in PostgreSQL (so concurrent relays take different rows) and
 * adds their job with jobId = deliveryId, which BullMQ ignores while that job
 * exists. A job that already finished (a requeued dead letter) is replaced.
 * When Redis does not answer, the claims are given back for the next run.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing: string | undefined;

  constructor(
    private readonly deliveries: DeliveryRepository,
    @InjectQueue(QueueName.Delivery) private readonly queue: Queue<DeliverPayload>,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: claims and offers until nothing is left to claim; the number of deliveries offered. */
  async relayOnce(): Promise<number> {
    let offered = 0;
    while (!this.stopped) {
      const ids = await this.deliveries.claimForQueue(RELAY_BATCH_SIZE, RELAY_STALE_SECONDS);
      if (ids.length === 0) break;
      try {
        const added = await withTimeout(this.offer(ids), RELAY_ENQUEUE_TIMEOUT_MS, 'enqueueing');
        if (added > 0) this.logger.log(`enqueued ${added} deliveries that had no job`);
      } catch (error) {
        await this.deliveries.releaseClaims(ids);
        throw error;
      }
      offered += ids.length;
      if (ids.length < RELAY_BATCH_SIZE) break;
    }
    return offered;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, RELAY_INTERVAL_MS);
    // The relay alone does not keep the process alive.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      await this.relayOnce();
      if (this.failing) this.logger.log('outbox relay running again');
      this.failing = undefined;
    } catch (error) {
      // Redis or PostgreSQL down: say so once per cause, keep trying every interval.
      const message = (error as Error).message;
      if (message !== this.failing) this.logger.warn(`outbox relay: ${message}; pending deliveries wait and are retried`);
      this.failing = message;
    }
  }

  /** Adds the jobs that are missing, replacing finished ones; how many were added. */
  private async offer(ids: readonly string[]): Promise<number> {
    const states = await Promise.all(ids.map((id) => this.queue.getJobState(id)));
    const add: string[] = [];
    const replace: string[] = [];
    ids.forEach((id, i) => {
      if (states[i] === 'unknown') add.push(id);
      // Finished, but its delivery is pending again: requeued by an operator, or the dead-lettering was not written.
      else if (states[i] === 'completed' || states[i] === 'failed') replace.push(id);
      // Otherwise it is waiting, delayed (a retry's backoff) or running: nothing to do.
    });
    await Promise.all(replace.map((id) => this.queue.remove(id)));
    const jobs = [...add, ...replace].map((deliveryId) => ({ name: JobName.Deliver, data: { deliveryId }, opts: { jobId: deliveryId } }));
    if (jobs.length) await this.queue.addBulk(jobs);
    return jobs.length;
  }
}
