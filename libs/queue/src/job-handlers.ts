import { Provider, InjectionToken } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { JobDefinition, JOBS, JobName, JobNameOf, JobPayloads, QueueName } from './queues';

/** A handler's answer: it did the work, or there was nothing to do. Errors are thrown (retry) or UnrecoverableError (give up). */
export type JobOutcome = 'success' | 'skipped';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], job: Job<JobPayloads[N]>) => Promise<JobOutcome>;

/** Per queue, the handler of each job name; a job may lack one unless it is marked requiresHandler. */
export type JobHandlers = {
  readonly [Q in QueueName]: { readonly [N in JobNameOf<Q>]?: JobHandler<N> };
};

/** Injection token of the JobHandlers the worker runs. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

export class MissingJobHandlersError extends Error {
  override name = 'MissingJobHandlersError';
}

/** The required jobs (see JOBS) that have no handler, as 'queue/job'. */
export function findMissingHandlers(
  handlers: JobHandlers,
  jobs: Readonly<Record<string, JobDefinition>> = JOBS,
): string[] {
  const missing: string[] = [];
  for (const [name, definition] of Object.entries(jobs)) {
    const queueHandlers = handlers[definition.queue] as Partial<Record<string, unknown>> | undefined;
    if (definition.requiresHandler && typeof queueHandlers?.[name] !== 'function') missing.push(`${definition.queue}/${name}`);
  }
  return missing;
}

export function assertJobHandlers(handlers: JobHandlers, jobs: Readonly<Record<string, JobDefinition>> = JOBS): void {
  const missing = findMissingHandlers(handlers, jobs);
  if (missing.length > 0) throw new MissingJobHandlersError(`no handler registered for job(s): ${missing.join(', ')}`);
}

/**
 * Provides JOB_HANDLERS and checks them while Nest builds the providers,
 * before any BullMQ worker starts, so a worker missing a handler never takes
 * a job off the queue.
 */
export function provideJobHandlers(options: {
  inject?: InjectionToken[];
  useFactory: (...deps: never[]) => JobHandlers;
  /** The job declarations to check against; JOBS unless a test says otherwise. */
  jobs?: Readonly<Record<string, JobDefinition>>;
}): Provider {
  return {
    provide: JOB_HANDLERS,
    inject: options.inject ?? [],
    useFactory: (...deps: never[]) => {
      const handlers = options.useFactory(...deps);
      assertJobHandlers(handlers, options.jobs);
      return handlers;
    },
  };
}

/** For a processor of queue Q: run the handler for the job's name; an unknown name is a permanent failure. */
export function dispatchJob<Q extends QueueName>(queue: Q, handlers: JobHandlers, job: Job): Promise<JobOutcome> {
  const handler = (handlers[queue] as Partial<Record<string, JobHandler<JobName>>>)[job.name];
  if (!handler) throw new UnrecoverableError(`queue ${queue} has no handler for job ${job.name}`);
  return handler(job.data, job);
}
