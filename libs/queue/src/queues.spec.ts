import { Inject, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, UnrecoverableError } from 'bullmq';
import {
  assertJobHandlers, dispatchJob, findMissingHandlers, JOB_HANDLERS, JobHandlers, MissingJobHandlersError, provideJobHandlers,
} from './job-handlers';
import { DEFAULT_JOB_OPTIONS, JOBS, MAX_DELIVERY_ATTEMPTS, QUEUES } from './queues';
import { redisOptionsFromUrl } from './redis-connection';

describe('queues', () => {
  it('declares every job on a registered queue', () => {
    for (const definition of Object.values(JOBS)) expect(Object.keys(QUEUES)).toContain(definition.queue);
  });

  it('lets the worker decide: the attempts ceiling and the jitter backoff it registers', () => {
    // The worker stops after DELIVERY_ATTEMPTS and waits DELIVERY_BACKOFF_MS * 2^(n-1) with jitter (apps/worker/src/delivery).
    expect(DEFAULT_JOB_OPTIONS).toMatchObject({ attempts: MAX_DELIVERY_ATTEMPTS, backoff: { type: 'jitter' } });
    expect(QUEUES.delivery.defaultJobOptions).toBe(DEFAULT_JOB_OPTIONS);
  });
});

describe('job handler check', () => {
  const none: JobHandlers = { delivery: {} };
  const deliver = jest.fn(async () => 'success' as const);

  it('requires a handler for deliver', () => {
    expect(() => assertJobHandlers(none)).toThrow(new MissingJobHandlersError('no handler registered for job(s): delivery/deliver'));
    expect(() => assertJobHandlers({ delivery: { deliver } })).not.toThrow();
  });

  it('names every required job without a handler', () => {
    const jobs = {
      deliver: { queue: 'delivery', requiresHandler: true },
      optional: { queue: 'delivery', requiresHandler: false },
    } as const;
    expect(findMissingHandlers(none, jobs)).toEqual(['delivery/deliver']);
    expect(findMissingHandlers({ delivery: { deliver } }, jobs)).toEqual([]);
  });

  it('throws a MissingJobHandlersError listing them', () => {
    const handlers = { delivery: { deliver: 'not a function' } } as unknown as JobHandlers;
    const jobs = { deliver: { queue: 'delivery', requiresHandler: true } } as const;
    expect(findMissingHandlers(handlers, jobs)).toEqual(['delivery/deliver']);
    expect(() => assertJobHandlers({ delivery: undefined } as unknown as JobHandlers)).toThrow('delivery/deliver');
    expect(new MissingJobHandlersError('x')).toBeInstanceOf(Error);
  });

  it('stops a Nest application from booting while a required handler is missing', async () => {
    const jobs = { deliver: { queue: 'delivery', requiresHandler: true } } as const;
    @Module({ providers: [provideJobHandlers({ useFactory: () => ({ delivery: {} }), jobs })] })
    class MissingModule {}
    await expect(NestFactory.createApplicationContext(MissingModule, { logger: false, abortOnError: false }))
      .rejects.toThrow(new MissingJobHandlersError('no handler registered for job(s): delivery/deliver'));

    class Consumer {
      constructor(@Inject(JOB_HANDLERS) readonly handlers: JobHandlers) {}
    }
    @Module({ providers: [provideJobHandlers({ useFactory: () => ({ delivery: { deliver } }), jobs }), Consumer] })
    class CompleteModule {}
    const app = await NestFactory.createApplicationContext(CompleteModule, { logger: false, abortOnError: false });
    expect(app.get(Consumer).handlers.delivery.deliver).toBe(deliver);
    await app.close();
  });

  it('dispatches a job to its handler by name', async () => {
    const job = { name: 'deliver', data: { deliveryId: 'd-1' } } as Job;
    await expect(dispatchJob('delivery', { delivery: { deliver } }, job)).resolves.toBe('success');
    expect(deliver).toHaveBeenCalledWith({ deliveryId: 'd-1' }, job);
  });

  it('fails a job without a handler permanently', () => {
    const job = { name: 'deliver', data: { deliveryId: 'd-1' } } as Job;
    expect(() => dispatchJob('delivery', none, job)).toThrow(UnrecoverableError);
  });
});

describe('redisOptionsFromUrl', () => {
  it('reads host, port and database', () => {
    expect(redisOptionsFromUrl('redis://127.0.0.1:6379/15')).toMatchObject({ host: '127.0.0.1', port: 6379, db: 15, tls: undefined });
    expect(redisOptionsFromUrl('redis://redis')).toMatchObject({ host: 'redis', port: 6379, db: 0 });
  });

  it('reads credentials and TLS', () => {
    expect(redisOptionsFromUrl('rediss://worker:p%40ss@cache.example:6380/2')).toEqual({
      host: 'cache.example', port: 6380, username: 'worker', password: 'p@ss', db: 2, tls: {},
    });
    expect(redisOptionsFromUrl('redis://:secret@[::1]:6379')).toMatchObject({ host: '::1', username: undefined, password: 'secret' });
  });

  it('refuses a path that is not a database number', () => {
    expect(() => redisOptionsFromUrl('redis://host/queues')).toThrow(/database number/);
  });
});
