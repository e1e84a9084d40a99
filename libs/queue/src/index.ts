export {
  BackoffType, DEFAULT_JOB_OPTIONS, DELIVERY_WORKER_OPTIONS, JOBS, JobName, MAX_BACKOFF_MS, MAX_DELIVERY_ATTEMPTS, QUEUES, QueueName, jitteredBackoff,
} from './queues';
export type { JobDefinition, JobNameOf, JobPayloads } from './queues';
export {
  JOB_HANDLERS, MissingJobHandlersError, assertJobHandlers, dispatchJob, findMissingHandlers, provideJobHandlers,
} from './job-handlers';
export type { JobHandler, JobHandlers, JobOutcome } from './job-handlers';
export { QUEUE_PREFIX, QueueModule } from './queue.module';
export { redisOptionsFromUrl } from './redis-connection';
export { DeliveryOutbox } from './delivery-outbox';
export { WebhookTargetPolicy, WebhookTargetRefused, lookupFor, systemResolver } from './webhook-target-policy';
export type { CheckedTarget, ResolveHost, ResolvedAddress } from './webhook-target-policy';
