import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { PurgeExpiredUseCase, type PurgeCounts } from './purge-expired.usecase';

/** The first run waits this long after start, so a worker's boot (and a deploy of several) is not slowed by a purge. */
export const RETENTION_FIRST_RUN_MS = 60_000;

/**
 * Runs the retention purge every RETENTION_INTERVAL_MINUTES in each worker. A timer rather than
 * a BullMQ repeatable job: the purge statements are safe side by side (SKIP LOCKED, idempotent),
 * so several workers need no coordination, and a purge keeps running while Redis is down.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Retention');
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing: string | undefined;

  constructor(
    private readonly purge: PurgeExpiredUseCase,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'retention'>,
  ) {
    this.intervalMs = config.retention.intervalMs;
  }

  /** True while a next run is planned (for the worker's start-up check and tests). */
  get scheduled(): boolean {
    return this.timer !== undefined && !this.stopped;
  }

  onApplicationBootstrap(): void {
    this.schedule(RETENTION_FIRST_RUN_MS);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One run now; what it purged. */
  async runOnce(): Promise<PurgeCounts> {
    const counts = await this.purge.execute(() => this.stopped);
    const purged = Object.entries(counts).filter(([, n]) => n > 0);
    if (purged.length > 0) this.logger.log(`retention purged ${purged.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
    return counts;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
        this.schedule(this.intervalMs);
      });
    }, delayMs);
    // The purge alone does not keep the process alive.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      await this.runOnce();
      if (this.failing) this.logger.log('retention purge running again');
      this.failing = undefined;
    } catch (error) {
      // PostgreSQL down: say so once per cause; what expired waits for the next run.
      const message = (error as Error).message;
      if (message !== this.failing) this.logger.warn(`retention purge: ${message}; retried in ${Math.round(this.intervalMs / 60_000)} minutes`);
      this.failing = message;
    }
  }
}
