import { EventEmitter } from 'node:events';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@lib/config';
import { dispatchJob, JOB_HANDLERS, JobHandlers, JobName, JobOutcome, JobPayloads, QueueName } from '@lib/queue';
import { DELIVERY_WORKER_OPTIONS, jitteredBackoff } from '@lib/queue';
import { DeliverUseCase } from './deliver.usecase';

/**
 * The delivery queue's BullMQ worker: hands each job to its handler, and
 * dead-letters the delivery of a job that failed for good. The worker starts
 * at bootstrap (autorun off), once the backoff strategy, which needs
 * DELIVERY_BACKOFF_MS, is in place.
 */
@Processor(QueueName.Delivery, { ...DELIVERY_WORKER_OPTIONS, autorun: false })
export class DeliveryProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryProcessor');
  private readonly deadLettering = new Set<Promise<void>>();
  private lastError: string | undefined;

  constructor(
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'deliveryBackoffMs'>,
    private readonly deliver: DeliverUseCase,
  ) {
    super();
  }

  process(job: Job): Promise<JobOutcome> {
    return dispatchJob(QueueName.Delivery, this.handlers, job);
  }

  onApplicationBootstrap(): void {
    const baseMs = this.config.deliveryBackoffMs;
    // BullMQ calls this for backoff types it does not know itself: BackoffType.Jitter (queues.ts).
    this.worker.opts.settings = { ...this.worker.opts.settings, backoffStrategy: (attemptsMade: number) => jitteredBackoff(attemptsMade, baseMs) };
    this.worker.run().catch((error: Error) => this.logger.error(`delivery worker stopped: ${error.message}`));
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<JobPayloads[typeof JobName.Deliver]> | undefined, error: Error): void {
    if (job?.name !== JobName.Deliver) return;
    const final = Boolean(job.finishedOn) || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return; // BullMQ retries it after the backoff
    const { deliveryId } = job.data;
    const pending: Promise<void> = this.deliver
      .deadLetter(deliveryId, error.message)
      .then((changed) => {
        if (changed) this.logger.error(`delivery ${deliveryId} dead-lettered after ${job.attemptsMade} attempt(s): ${error.message}`);
      })
      .catch((failure: Error) =>
        // It stays pending; the outbox relay re-offers it once its claim is stale, and a failed job is replaced then.
        this.logger.error(`could not dead-letter delivery ${deliveryId}: ${failure.message}`),
      )
      .finally(() => this.deadLettering.delete(pending));
    this.deadLettering.add(pending);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    // With Redis down this repeats on every reconnect attempt: log each new cause once.
    if (error.message === this.lastError) return;
    this.lastError = error.message;
    this.logger.warn(`delivery worker: ${error.message}`);
  }

  @OnWorkerEvent('ready')
  onReady(): void {
    if (this.lastError) this.logger.log('delivery worker connected to Redis again');
    this.lastError = undefined;
  }

  /**
   * Closes the worker before @nestjs/bullmq does and before the database
   * closes: running jobs finish and their dead-lettering is written. A
   * connection closed while still starting fails its start-up afterwards, with
   * its listeners gone (see QueueShutdown in libs/queue); a listener added once
   * close() is done keeps that late 'error' from ending the process.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const { connection, blockingConnection } = this.worker as unknown as Record<'connection' | 'blockingConnection', EventEmitter | undefined>;
    await this.worker.close().catch((error: Error) => this.logger.warn(`closing the delivery worker: ${error.message}`));
    const quiet = (error: Error) => this.logger.debug(`delivery worker closed before it connected: ${error.message}`);
    connection?.on('error', quiet);
    blockingConnection?.on('error', quiet);
    await this.stopStalledChecker();
    await Promise.all([...this.deadLettering]);
  }

  /**
   * BullMQ's stalled-job checker, when close() comes while its first check is
   * in flight, arms its next 30 s wait after close() has stopped it, which
   * keeps the process (and Jest) alive that long. Stop it until it is done.
   */
  private async stopStalledChecker(): Promise<void> {
    const checker = this.worker as unknown as { stalledCheckerRunning?: boolean; stalledCheckStopper?: () => void };
    for (let i = 0; i < 200 && checker.stalledCheckerRunning; i++) {
      checker.stalledCheckStopper?.();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
