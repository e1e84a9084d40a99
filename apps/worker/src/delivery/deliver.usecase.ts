import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, AppConfig, packageVersion } from '@lib/config';
import { DATABASE, Database, DeliveryRepository, MessageRepository, type DeliveryWork } from '@lib/persistence';
import type { JobOutcome } from '@lib/queue';
import { WebhookRetryableError } from './delivery.errors';
import { AttemptOutcome, DeliveryMetrics } from './delivery.metrics';
import { signWebhook } from './webhook-signature';

/**
 * How long the worker keeps trying to record that a receiver took a delivery
 * (2xx) while the database is away, before failing the job: a retried job
 * POSTs again (same Idempotency-Key). Below the job lock, which BullMQ renews
 * while the job runs.
 */
export const RECORD_TAKEN_RETRY_MS = 15_000;

/** What an HTTP answer means for a delivery. */
export function outcomeOfStatus(status: number): AttemptOutcome {
  if (status >= 200 && status < 300) return 'delivered';
  // Timeout, too early, rate-limited, server trouble: the receiver may accept it later.
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  // Any other 4xx (the receiver refuses this request as it is), and 3xx: redirects are not
  // followed (fetch would turn a POST into a GET on 301/302), so the URL needs fixing.
  return 'failed';
}

interface AttemptResult {
  outcome: AttemptOutcome;
  httpStatus: number | null;
  error: string | null;
  durationMs: number | null;
}

/**
 * Job `deliver`: pushes one delivery's raw message to the party's webhook,
 * signed, and records the attempt. Reloads the row first, so a retried or
 * duplicated job sees the current state and skips a delivery that is no
 * longer pending. A transient failure is rethrown for BullMQ to retry with
 * backoff; a permanent one, or the last of DELIVERY_ATTEMPTS, dead-letters the
 * delivery and fails the job as unrecoverable. The body is never logged: it
 * holds BSNs.
 */
@Injectable()
export class DeliverUseCase {
  private readonly logger = new Logger('Deliver');
  private readonly userAgent = `iwmo-gateway/${packageVersion()}`;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly deliveries: DeliveryRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'deliveryAttempts' | 'webhookTimeoutMs'>,
    private readonly metrics: DeliveryMetrics,
  ) {}

  /** attemptsMade: attempts this job made before this one (BullMQ's job.attemptsMade). */
  async execute(deliveryId: string, attemptsMade = 0): Promise<JobOutcome> {
    const last = attemptsMade + 1 >= this.config.deliveryAttempts;
    try {
      return await this.deliver(deliveryId, last);
    } catch (error) {
      if (!last || isUnrecoverable(error)) throw error;
      // The job itself allows more attempts (MAX_DELIVERY_ATTEMPTS); DELIVERY_ATTEMPTS says stop.
      throw new UnrecoverableError(`gave up after ${this.config.deliveryAttempts} attempts: ${messageOf(error)}`);
    }
  }

  /**
   * Dead-letters a delivery whose job failed for good without the use case
   * doing it (an error outside the webhook call on the last attempt, a job
   * stalled too often). False when it was no longer pending.
   */
  async deadLetter(deliveryId: string, reason: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const dead = await new DeliveryRepository(tx).deadLetter(deliveryId, reason);
      if (dead) await new MessageRepository(tx).addEvent(dead.messageId, 'dead-lettered', { deliveryId, error: reason });
      return dead !== undefined;
    });
  }

  private async deliver(deliveryId: string, last: boolean): Promise<JobOutcome> {
    const work = await this.deliveries.findWork(deliveryId);
    // Delivered, acknowledged or dead meanwhile, a mailbox delivery, or not ours: nothing to do.
    if (!work || work.status !== 'pending' || work.channel !== 'webhook') return 'skipped';

    const attempt = work.attempts + 1;
    const result = await this.post(work, attempt);
    if (result.outcome === 'retry' && last) {
      result.outcome = 'failed';
      result.error = `${result.error}; gave up after ${this.config.deliveryAttempts} attempts`;
    }
    // The receiver has taken it: a failing database must not turn that into a second POST (the job's retry).
    if (result.outcome === 'delivered') await this.recordTaken(work, attempt, result);
    else await this.record(work, attempt, result);
    this.metrics.attempt(result.outcome);

    const what = `delivery ${work.id} to ${work.partyCode}, attempt ${attempt}`;
    switch (result.outcome) {
      case 'delivered':
        this.logger.log(`${what}: delivered (HTTP ${result.httpStatus}, ${result.durationMs} ms)`);
        return 'success';
      case 'retry':
        this.logger.warn(`${what}: ${result.error}; will retry`);
        throw new WebhookRetryableError(result.error!);
      case 'failed':
        this.logger.error(`${what}: ${result.error}; dead-lettered`);
        throw new UnrecoverableError(result.error!);
    }
  }

  private async post(work: DeliveryWork, attempt: number): Promise<AttemptResult> {
    const url = webhookUrl(work.webhookUrl);
    if (!url || !work.webhookSecret) {
      return { outcome: 'failed', httpStatus: null, error: 'the party has no valid http(s) webhook URL and secret', durationMs: null };
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'Content-Type': 'application/xml',
      // The same for every attempt of this delivery: the receiver drops duplicates with it.
      'Idempotency-Key': work.id,
      'X-Iwmo-Message-Id': work.messageId,
      'X-Iwmo-Delivery-Attempt': String(attempt),
      'X-Iwmo-Signature': signWebhook(work.webhookSecret, timestamp, work.raw),
      'User-Agent': this.userAgent,
    };
    if (work.messageType) headers['X-Iwmo-Message-Type'] = work.messageType;
    Object.assign(headers, verdictHeaders(work));

    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: work.raw,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhookTimeoutMs),
      });
      // Only the status counts; the answer's body is neither read nor logged.
      await response.body?.cancel().catch(() => undefined);
      const outcome = outcomeOfStatus(response.status);
      const error = outcome === 'delivered' ? null : `receiver answered HTTP ${response.status}`;
      return { outcome, httpStatus: response.status, error, durationMs: elapsed() };
    } catch (error) {
      return { outcome: 'retry', httpStatus: null, error: this.describeFailure(error), durationMs: elapsed() };
    }
  }

  /** The attempt row, and for the end of the road the delivery's status and the message event, in one transaction. */
  private async record(work: DeliveryWork, attempt: number, result: AttemptResult): Promise<void> {
    await this.db.transaction(async (tx) => {
      const deliveries = new DeliveryRepository(tx);
      const messages = new MessageRepository(tx);
      await deliveries.recordAttempt(work.id, { attempt, ...result });
      const detail = { deliveryId: work.id, to: work.partyCode, attempt, httpStatus: result.httpStatus };
      if (result.outcome === 'delivered') {
        if (await deliveries.markDelivered(work.id)) await messages.addEvent(work.messageId, 'delivered', detail);
      } else if (result.outcome === 'failed') {
        if (await deliveries.deadLetter(work.id, result.error!)) await messages.addEvent(work.messageId, 'dead-lettered', { ...detail, error: result.error });
      }
    });
  }

  /** Records a delivered attempt, retrying the database (not the webhook) for up to RECORD_TAKEN_RETRY_MS. */
  private async recordTaken(work: DeliveryWork, attempt: number, result: AttemptResult): Promise<void> {
    const deadline = Date.now() + RECORD_TAKEN_RETRY_MS;
    for (let wait = 250; ; wait = Math.min(2 * wait, 4_000)) {
      try {
        return await this.record(work, attempt, result);
      } catch (error) {
        if (Date.now() + wait > deadline) throw error;
        this.logger.warn(`delivery ${work.id} was taken by ${work.partyCode}, but recording it failed (${messageOf(error)}); retrying in ${wait} ms`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private describeFailure(error: unknown): string {
    const e = error as Error & { cause?: Error & { code?: string } };
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${this.config.webhookTimeoutMs} ms`;
    // undici reports "fetch failed" with the socket error as cause (e.g. connect ECONNREFUSED 10.0.0.5:443).
    if (e?.cause?.message) return e.cause.message;
    return messageOf(error);
  }
}

function webhookUrl(value: string | null): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function isUnrecoverable(error: unknown): boolean {
  return error instanceof UnrecoverableError || (error as Error | undefined)?.name === 'UnrecoverableError';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The gateway's verdict on the delivery (README "The verdict travels with the message"): a
 * declaratie says whether the gateway rejected some of its prestaties, how many, and which 325
 * of its own answers them; a message the gateway made says so and names the message it answers.
 */
export function verdictHeaders(work: Pick<DeliveryWork, 'madeByGateway' | 'inReplyTo' | 'declaratieVerdict'>): Record<string, string> {
  const headers: Record<string, string> = {};
  const verdict = work.declaratieVerdict;
  if (verdict) {
    headers['X-Iwmo-Verdict'] = verdict.rejectedPrestaties > 0 ? 'partially-rejected' : 'accepted';
    if (verdict.rejectedPrestaties > 0) headers['X-Iwmo-Rejected-Prestaties'] = String(verdict.rejectedPrestaties);
    if (verdict.declaratieAntwoord) headers['X-Iwmo-Declaratie-Antwoord'] = verdict.declaratieAntwoord;
  }
  if (work.madeByGateway) headers['X-Iwmo-Made-By-Gateway'] = 'true';
  if (work.inReplyTo) headers['X-Iwmo-In-Reply-To'] = work.inReplyTo;
  return headers;
}
