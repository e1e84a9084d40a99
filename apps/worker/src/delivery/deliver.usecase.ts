import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, AppConfig, packageVersion } from '@lib/config';
import { DATABASE, Database, DeliveryRepository, MessageRepository, type DeliveryWork } from '@lib/persistence';
import { systemResolver, WebhookTargetPolicy, WebhookTargetRefused, type CheckedTarget, type JobOutcome, type ResolveHost } from '@lib/queue';
import { WebhookRetryableError } from './delivery.errors';
import { AttemptOutcome, DeliveryMetrics } from './delivery.metrics';
import { postWebhook } from './webhook-request';
import { signWebhook } from './webhook-signature';

/** Resolves webhook host names (the system's resolver; tests give their own). */
export const WEBHOOK_RESOLVER = Symbol('WEBHOOK_RESOLVER');

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

type Target = { target: CheckedTarget; secret: string } | { refused: AttemptResult };

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
 * longer pending. The attempt is counted before the POST, so a POST repeated
 * after a crash shows as the next attempt. The URL is checked against the
 * webhook policy after DNS, and the connection goes to the checked addresses
 * only; a refused target is permanent. A transient failure is rethrown for
 * BullMQ to retry with backoff; a permanent one, or the last of
 * DELIVERY_ATTEMPTS, dead-letters the delivery and fails the job as
 * unrecoverable. The body is never logged: it holds BSNs.
 */
@Injectable()
export class DeliverUseCase {
  private readonly logger = new Logger('Deliver');
  private readonly userAgent = `iwmo-gateway/${packageVersion()}`;
  private readonly policy: WebhookTargetPolicy;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly deliveries: DeliveryRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'deliveryAttempts' | 'webhookTimeoutMs' | 'webhookAllowedNetworks'>,
    private readonly metrics: DeliveryMetrics,
    @Optional() @Inject(WEBHOOK_RESOLVER) private readonly resolveHost: ResolveHost = systemResolver,
  ) {
    this.policy = new WebhookTargetPolicy(config.webhookAllowedNetworks);
  }

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

    const attempt = await this.deliveries.beginAttempt(work.id);
    if (attempt === undefined) return 'skipped';
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

  /** The checked target of the party's webhook URL, or why there is none (a refusal is permanent, a DNS failure is not). */
  private async target(work: DeliveryWork): Promise<Target> {
    const refused = (outcome: AttemptOutcome, error: string) => ({ refused: { outcome, httpStatus: null, error, durationMs: null } });
    if (!work.webhookUrl || !work.webhookSecret) return refused('failed', 'the party has no webhook URL and secret');
    try {
      return { target: await this.policy.resolve(work.webhookUrl, this.resolveHost), secret: work.webhookSecret };
    } catch (error) {
      if (error instanceof WebhookTargetRefused) return refused('failed', error.message);
      return refused('retry', `cannot resolve the webhook's host: ${messageOf(error)}`);
    }
  }

  private async post(work: DeliveryWork, attempt: number): Promise<AttemptResult> {
    const checked = await this.target(work);
    if ('refused' in checked) return checked.refused;
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'Content-Type': 'application/xml',
      // The same for every attempt of this delivery: the receiver drops duplicates with it.
      'Idempotency-Key': work.id,
      'X-Iwmo-Message-Id': work.messageId,
      'X-Iwmo-Delivery-Attempt': String(attempt),
      'X-Iwmo-Signature': signWebhook(checked.secret, timestamp, work.raw),
      'User-Agent': this.userAgent,
    };
    if (work.messageType) headers['X-Iwmo-Message-Type'] = work.messageType;
    Object.assign(headers, verdictHeaders(work));

    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      // Only the status counts; the answer's body is neither read nor logged, a redirect not followed.
      const status = await postWebhook(checked.target, headers, work.raw, AbortSignal.timeout(this.config.webhookTimeoutMs));
      const outcome = outcomeOfStatus(status);
      const error = outcome === 'delivered' ? null : `receiver answered HTTP ${status}`;
      return { outcome, httpStatus: status, error, durationMs: elapsed() };
    } catch (error) {
      return { outcome: 'retry', httpStatus: null, error: this.describeFailure(error), durationMs: elapsed() };
    }
  }

  /** The attempt row, and for the end of the road the delivery's status and the message event: in one statement when delivered, else in one transaction. */
  private async record(work: DeliveryWork, attempt: number, result: AttemptResult): Promise<void> {
    if (result.outcome === 'delivered') {
      await this.deliveries.recordDelivered(work.id, { attempt, ...result }, { deliveryId: work.id, to: work.partyCode, attempt, httpStatus: result.httpStatus });
      return;
    }
    await this.db.transaction(async (tx) => {
      const deliveries = new DeliveryRepository(tx);
      const messages = new MessageRepository(tx);
      await deliveries.recordAttempt(work.id, { attempt, ...result });
      const detail = { deliveryId: work.id, to: work.partyCode, attempt, httpStatus: result.httpStatus };
      if (result.outcome === 'failed') {
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
    const e = error as Error | undefined;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${this.config.webhookTimeoutMs} ms`;
    // The socket's error, e.g. "connect ECONNREFUSED 203.0.113.5:443".
    return messageOf(error);
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
