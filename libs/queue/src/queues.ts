/**
 * Every queue and job in one place: names, payloads, retry options and the
 * delivery worker's settings. Payloads carry ids only; the worker reloads the
 * row, so the database stays the source of truth and a retried job sees the
 * current state.
 */
import type { JobsOptions } from 'bullmq';

export const QueueName = {
  /** Outbound messages to deliver to aanbieders and gemeenten. */
  Delivery: 'delivery',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  Deliver: 'deliver',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.Deliver]: { deliveryId: string };
}

/** Backoff types the workers register as BullMQ custom strategies (settings.backoffStrategy). */
export const BackoffType = {
  /** base * 2^(n-1), times a random factor in [0.5, 1.5); base is DELIVERY_BACKOFF_MS. */
  Jitter: 'jitter',
} as const;

/**
 * The attempts a delivery job may have at most: the upper bound of
 * DELIVERY_ATTEMPTS. The producer (the gateway) enqueues with this ceiling;
 * the worker, which has the configuration, gives up after DELIVERY_ATTEMPTS
 * attempts by failing the job as unrecoverable.
 */
export const MAX_DELIVERY_ATTEMPTS = 100;

/** No single wait between two attempts is longer than this, however many attempts DELIVERY_ATTEMPTS allows. */
export const MAX_BACKOFF_MS = 3_600_000;

/**
 * The delivery worker's BullMQ settings. Concurrency: webhook calls in flight
 * per process (the work is waiting on receivers, not CPU). A job whose worker
 * died is taken up again once its lock expires and the stalled-job check runs:
 * within 30 s with these values (BullMQ's defaults take up to a minute).
 */
export const DELIVERY_WORKER_OPTIONS = { concurrency: 16, lockDuration: 20_000, stalledInterval: 10_000 } as const;

/**
 * The wait before retry number `attemptsMade` (1 after the first failure):
 * exponential from baseMs with jitter, so a receiver that comes back is not
 * hit by every delayed delivery in the same second.
 */
export function jitteredBackoff(attemptsMade: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  // floor, not round: the wait stays below 1.5 x the exponential step
  return Math.floor(Math.min(MAX_BACKOFF_MS, exponential * (0.5 + random())));
}

/**
 * Delivery jobs: the attempts ceiling and the jitter backoff (the worker
 * applies DELIVERY_ATTEMPTS and DELIVERY_BACKOFF_MS). Completed jobs are kept
 * a day; failed ones (dead-lettered deliveries) a month, for inspection. The
 * outbox relay removes a failed job when an operator requeues its delivery.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: MAX_DELIVERY_ATTEMPTS,
  backoff: { type: BackoffType.Jitter },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const satisfies JobsOptions;

export interface JobDefinition {
  readonly queue: QueueName;
  /**
   * The worker refuses to start while a required job has no handler. A job
   * becomes required when its processor lands, so a job can be declared
   * before anything handles it.
   */
  readonly requiresHandler: boolean;
}

export const JOBS = {
  [JobName.Deliver]: { queue: QueueName.Delivery, requiresHandler: true },
} as const satisfies Record<JobName, JobDefinition>;

export const QUEUES = {
  [QueueName.Delivery]: { defaultJobOptions: DEFAULT_JOB_OPTIONS },
} as const satisfies Record<QueueName, { defaultJobOptions: JobsOptions }>;

/** The job names that belong to queue Q. */
export type JobNameOf<Q extends QueueName> = { [N in JobName]: (typeof JOBS)[N]['queue'] extends Q ? N : never }[JobName];
