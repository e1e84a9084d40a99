import { Logger } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { JobHandlers } from '@lib/queue';
import { jitteredBackoff, MAX_BACKOFF_MS } from '@lib/queue/queues';
import type { DeliverUseCase } from './deliver.usecase';
import { DeliveryProcessor } from './delivery.processor';

describe('jitteredBackoff', () => {
  it('doubles from the base delay, times a factor in [0.5, 1.5)', () => {
    expect([1, 2, 3, 4].map((n) => jitteredBackoff(n, 1000, () => 0.5))).toEqual([1000, 2000, 4000, 8000]);
    expect(jitteredBackoff(3, 1000, () => 0)).toBe(2000);
    expect(jitteredBackoff(3, 1000, () => 0.999)).toBe(5996);
  });

  it('spreads retries and caps a single wait', () => {
    const waits = new Set(Array.from({ length: 50 }, () => jitteredBackoff(2, 1000)));
    expect(waits.size).toBeGreaterThan(10);
    for (const wait of waits) expect(wait >= 1000 && wait < 3000).toBe(true);
    expect(jitteredBackoff(40, 1000, () => 0.9)).toBe(MAX_BACKOFF_MS);
  });
});

describe('DeliveryProcessor', () => {
  const deliver = { deadLetter: jest.fn(async () => true) };
  const handlers = { delivery: { deliver: jest.fn(async () => 'success' as const) } } as JobHandlers;
  let processor: DeliveryProcessor;
  let worker: { opts: Worker['opts']; run: jest.Mock; close: jest.Mock };

  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    deliver.deadLetter.mockClear();
    processor = new DeliveryProcessor(handlers, { deliveryBackoffMs: 100 }, deliver as unknown as DeliverUseCase);
    worker = { opts: { settings: {} } as Worker['opts'], run: jest.fn(() => new Promise(() => undefined)), close: jest.fn(async () => undefined) };
    (processor as unknown as { _worker: unknown })._worker = worker;
  });
  afterEach(() => jest.restoreAllMocks());

  const job = (fields: Partial<Job>) => ({ name: 'deliver', data: { deliveryId: 'd-1' }, opts: { attempts: 100 }, attemptsMade: 1, ...fields }) as Job;

  it('dispatches jobs to the handlers', async () => {
    const deliverJob = job({});
    await expect(processor.process(deliverJob)).resolves.toBe('success');
    expect(handlers.delivery.deliver).toHaveBeenCalledWith({ deliveryId: 'd-1' }, deliverJob);
  });

  it('starts the worker at bootstrap with the jitter backoff on DELIVERY_BACKOFF_MS', () => {
    processor.onApplicationBootstrap();
    expect(worker.run).toHaveBeenCalledTimes(1);
    const strategy = worker.opts.settings!.backoffStrategy!;
    const waits = Array.from({ length: 20 }, () => strategy(3, 'jitter') as number);
    for (const wait of waits) expect(wait >= 200 && wait < 600).toBe(true);
  });

  it('dead-letters the delivery only when its job failed for good', async () => {
    processor.onFailed(job({ finishedOn: undefined }), new Error('receiver answered HTTP 503'));
    expect(deliver.deadLetter).not.toHaveBeenCalled();

    processor.onFailed(job({ finishedOn: Date.now() }), new Error('job stalled more than allowable limit'));
    processor.onFailed(job({ attemptsMade: 100 }), new Error('connect ECONNREFUSED'));
    const unrecoverable = Object.assign(new Error('gave up'), { name: 'UnrecoverableError' });
    processor.onFailed(job({}), unrecoverable);
    processor.onFailed(undefined, new Error('no job'));
    await processor.beforeApplicationShutdown();
    expect(deliver.deadLetter.mock.calls).toEqual([
      ['d-1', 'job stalled more than allowable limit'],
      ['d-1', 'connect ECONNREFUSED'],
      ['d-1', 'gave up'],
    ]);
    expect(worker.close).toHaveBeenCalled();
  });
});
