/**
 * Every queue and job in one place: names, payloads and retry options.
 * Payloads carry ids only; the worker reloads the row, so the database stays
 * the source of truth and a retried job sees the current state.
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

/**
 * 8 attempts with exponential backoff from 1 s (waits of 1, 2, 4 ... 64 s:
 * about two minutes before a job is given up and left failed for inspection).
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
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
  // Not required until apps/worker has the delivery processor.
  [JobName.Deliver]: { queue: QueueName.Delivery, requiresHandler: false },
} as const satisfies Record<JobName, JobDefinition>;

export const QUEUES = {
  [QueueName.Delivery]: { defaultJobOptions: DEFAULT_JOB_OPTIONS },
} as const satisfies Record<QueueName, { defaultJobOptions: JobsOptions }>;

/** The job names that belong to queue Q. */
export type JobNameOf<Q extends QueueName> = { [N in JobName]: (typeof JOBS)[N]['queue'] extends Q ? N : never }[JobName];
