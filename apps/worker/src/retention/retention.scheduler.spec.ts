/**
 * The retention timer with a fake purge: first run a minute after start, then every interval,
 * counts logged (never contents), a failing run retried at the next interval, stopped on shutdown.
 */
import { Logger } from '@nestjs/common';
import type { PurgeCounts, PurgeExpiredUseCase } from './purge-expired.usecase';
import { RETENTION_FIRST_RUN_MS, RetentionScheduler } from './retention.scheduler';

const INTERVAL_MS = 3_600_000;

describe('RetentionScheduler', () => {
  let runs: number;
  let fail: Error | undefined;
  let scheduler: RetentionScheduler;
  let logs: string[];
  let warnings: string[];

  beforeEach(() => {
    jest.useFakeTimers();
    runs = 0;
    fail = undefined;
    logs = [];
    warnings = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((m: string) => void logs.push(m));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((m: string) => void warnings.push(m));
    const purge = {
      execute: async () => {
        runs++;
        if (fail) throw fail;
        return { rejectedBodies: 7, bodies: 0, audit: 2 } as Partial<PurgeCounts> as PurgeCounts;
      },
    } as unknown as PurgeExpiredUseCase;
    scheduler = new RetentionScheduler(purge, { retention: { intervalMs: INTERVAL_MS } as never });
  });
  afterEach(async () => {
    await scheduler.onModuleDestroy();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('runs a minute after start, then every RETENTION_INTERVAL_MINUTES, logging the counts', async () => {
    scheduler.onApplicationBootstrap();
    expect(scheduler.scheduled).toBe(true);
    await jest.advanceTimersByTimeAsync(RETENTION_FIRST_RUN_MS - 1);
    expect(runs).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    expect(logs).toEqual(['retention purged rejectedBodies 7, audit 2']);
    await jest.advanceTimersByTimeAsync(INTERVAL_MS);
    expect(runs).toBe(2);
  });

  it('warns once while the purge fails and keeps trying every interval', async () => {
    fail = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(RETENTION_FIRST_RUN_MS + 2 * INTERVAL_MS);
    expect(runs).toBe(3);
    expect(warnings).toEqual(['retention purge: connect ECONNREFUSED 127.0.0.1:5432; retried in 60 minutes']);
    fail = undefined;
    await jest.advanceTimersByTimeAsync(INTERVAL_MS);
    expect(logs).toContain('retention purge running again');
  });

  it('stops on shutdown', async () => {
    scheduler.onApplicationBootstrap();
    await scheduler.onModuleDestroy();
    expect(scheduler.scheduled).toBe(false);
    await jest.advanceTimersByTimeAsync(RETENTION_FIRST_RUN_MS + INTERVAL_MS);
    expect(runs).toBe(0);
  });
});
