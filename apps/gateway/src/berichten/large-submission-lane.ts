import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { DATABASE, type Database, type Party } from '@lib/persistence';
import { LargeSubmissionsBusy, SubmissionRefused } from './berichten.errors';
import type { Stored } from './submission-recorder';
import type { LargeSubmissionTask, LargeSubmissionOutcome, LargeSubmissionWorkerData } from './large-submission.protocol';

/** Large submissions one thread judges at a time (interleaved on its event loop). */
const TASKS_PER_THREAD = 2;
/** Piscina's errors for a task beyond maxQueue. */
const QUEUE_AT_LIMIT = new Set(['Task queue is at limit', 'No task queue available and all Workers are busy']);
/** A 25 MB declaratie takes some 10-30 s on a 2-core machine. */
const BUSY_RETRY_AFTER_SECONDS = 30;

/**
 * The lane for large submissions (LARGE_MESSAGE_BYTES and up, 1 MiB by default): they are
 * judged and recorded in a thread of their own (large-submission.worker.ts), with its own
 * heap, garbage collector and database connections, so that the event loop of the gateway
 * keeps answering every other request while a 25 MB declaratie is read, judged on all its
 * prestaties and stored, or a hostile body is scanned, sealed and stored as rejected.
 *
 * One thread (LARGE_MESSAGE_THREADS) takes two submissions at a time; up to
 * LARGE_MESSAGE_QUEUE more wait their turn, and beyond that a large message is answered 503
 * BUSY with Retry-After before anything is stored: this bounds the memory that large messages
 * can take. With the embedded
 * database (PGlite, one connection in this process) there is no lane: its queries run on
 * this thread anyway.
 */
@Injectable()
export class LargeSubmissionLane implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('LargeSubmissionLane');
  private pool: Piscina<LargeSubmissionTask, LargeSubmissionOutcome> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  onModuleInit(): void {
    const { largeMessageThreads: threads, databaseUrl } = this.config;
    if (threads === 0 || this.db.kind !== 'postgres' || !databaseUrl) return;
    const runningFromTs = extname(__filename) === '.ts';
    this.pool = new Piscina<LargeSubmissionTask, LargeSubmissionOutcome>({
      filename: join(__dirname, `large-submission.worker${extname(__filename)}`),
      workerData: { config: this.config } satisfies LargeSubmissionWorkerData,
      execArgv: runningFromTs ? ['--import', pathToFileURL(require.resolve('tsx')).href] : [],
      // Started with the gateway, so that the first large message does not wait; from the TypeScript
      // sources (tests) on first use, since loading them through tsx takes seconds of CPU.
      minThreads: runningFromTs ? 0 : threads,
      maxThreads: threads,
      idleTimeout: Infinity,
      concurrentTasksPerWorker: TASKS_PER_THREAD,
      maxQueue: this.config.largeMessageQueue,
    });
    this.logger.log(`messages of ${this.config.largeMessageBytes} bytes and more are judged in ${threads} thread(s) of their own`);
  }

  /** Whether this submission goes to the lane. */
  takes(raw: Buffer): boolean {
    return this.pool !== undefined && raw.byteLength >= this.config.largeMessageBytes;
  }

  async record(party: Party, raw: Buffer): Promise<Stored> {
    const pool = this.pool!;
    // A body that owns its whole ArrayBuffer moves to the thread without a copy (it is not used here after).
    const ownsBuffer = raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength && !(raw.buffer instanceof SharedArrayBuffer);
    let outcome: LargeSubmissionOutcome;
    try {
      outcome = await pool.run({ party, raw }, ownsBuffer ? { transferList: [raw.buffer as ArrayBuffer] } : {});
    } catch (error) {
      // Piscina refuses a task beyond maxQueue before it starts: then nothing was stored.
      if (!QUEUE_AT_LIMIT.has((error as Error).message)) throw error;
      throw new LargeSubmissionsBusy(pool.options.maxThreads * TASKS_PER_THREAD, this.config.largeMessageQueue, BUSY_RETRY_AFTER_SECONDS);
    }
    if ('stored' in outcome) return outcome.stored;
    if ('refused' in outcome) throw new SubmissionRefused(outcome.refused.status, outcome.refused.code, outcome.refused.text);
    // Keep the error's code (a database outage is answered 503 by the ProblemFilter).
    throw Object.assign(new Error(outcome.failed.message), { name: outcome.failed.name, code: outcome.failed.code });
  }

  async onApplicationShutdown(): Promise<void> {
    // Submissions in flight finish first (their requests are waiting), then the thread closes its connections.
    await this.pool?.close();
  }
}
