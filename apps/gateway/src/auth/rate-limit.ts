import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { render, text as say, type Said, type Text } from '@lib/i18n';
import { QUEUE_PREFIX, redisOptionsFromUrl } from '@lib/queue';

/** The counting window of RATE_LIMIT_PER_MINUTE. */
export const RATE_LIMIT_WINDOW_MS = 60_000;
/** How long the limiter waits for Redis before letting a request through uncounted. */
export const RATE_LIMIT_REDIS_TIMEOUT_MS = 250;

/** A party sent more requests this minute than RATE_LIMIT_PER_MINUTE allows; answered 429 with Retry-After. */
export class RateLimited extends Error implements Said {
  constructor(
    readonly partyCode: string,
    readonly limit: number,
    readonly retryAfterSeconds: number,
    readonly text: Text = say('api.rate-limited', { party: partyCode, limit, seconds: retryAfterSeconds }),
  ) {
    super(render(text));
    this.name = 'RateLimited';
  }
}

/**
 * A client address failed authentication more than AUTH_FAILURES_PER_MINUTE times this minute:
 * answered 429 with Retry-After without a look at the key it sends.
 */
export class TooManyAuthFailures extends RateLimited {
  constructor(limit: number, retryAfterSeconds: number) {
    super('(not authenticated)', limit, retryAfterSeconds, say('api.auth.too-many-failures', { limit, seconds: retryAfterSeconds }));
    this.name = 'TooManyAuthFailures';
  }
}

export interface RateCount {
  /** requests of this party in the current window, this one included */
  count: number;
  limit: number;
  /** seconds until the window ends (at least 1) */
  resetSeconds: number;
}

/**
 * Counts party API requests per party in a fixed one-minute window in Redis
 * (INCR on a key per party and window), so the limit holds across gateway
 * processes. When Redis does not answer within RATE_LIMIT_REDIS_TIMEOUT_MS the
 * request goes through uncounted: accepting messages with Redis down matters
 * more than the limit (PostgreSQL holds them; the outbox delivers later).
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimiter');
  private readonly redis: Redis | undefined;
  private lastWarning = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'rateLimitPerMinute' | 'redisUrl'> & Partial<Pick<AppConfig, 'authFailuresPerMinute'>>) {
    if (config.rateLimitPerMinute === 0 && !config.authFailuresPerMinute) return;
    // A command waits for the connection (at most RATE_LIMIT_REDIS_TIMEOUT_MS, see count) and is not retried:
    // while Redis is away, queued commands fail at the first failed reconnection.
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.redisUrl), maxRetriesPerRequest: 0, connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.redis.on('error', (error: Error) => this.warn(`Redis: ${error.message}`));
  }

  get limit(): number {
    return this.config.rateLimitPerMinute;
  }

  /** Counts one request of the party; undefined when the limit is off or Redis could not count it. */
  async count(partyId: string, now = Date.now()): Promise<RateCount | undefined> {
    if (this.limit === 0) return undefined;
    return this.incr(`${partyId}`, this.limit, now);
  }

  /** Counts one failed authentication from the client address; undefined when the limit is off or Redis could not count it. */
  async countAuthFailure(address: string, now = Date.now()): Promise<RateCount | undefined> {
    const limit = this.config.authFailuresPerMinute ?? 0;
    if (limit === 0) return undefined;
    return this.incr(`authfail:${address}`, limit, now);
  }

  /** Failed authentications from the client address this minute, without counting one; undefined when off or unknown. */
  async authFailures(address: string, now = Date.now()): Promise<RateCount | undefined> {
    const limit = this.config.authFailuresPerMinute ?? 0;
    if (!this.redis || limit === 0) return undefined;
    const window = Math.floor(now / RATE_LIMIT_WINDOW_MS);
    try {
      const value = await withDeadline(this.redis.get(keyOf(`authfail:${address}`, window)), RATE_LIMIT_REDIS_TIMEOUT_MS);
      return { count: Number(value ?? 0), limit, resetSeconds: resetSeconds(window, now) };
    } catch (error) {
      this.warn(`not read, let through: ${(error as Error).message}`);
      return undefined;
    }
  }

  private async incr(subject: string, limit: number, now: number): Promise<RateCount | undefined> {
    if (!this.redis) return undefined;
    const window = Math.floor(now / RATE_LIMIT_WINDOW_MS);
    const key = keyOf(subject, window);
    try {
      const result = await withDeadline(
        this.redis.multi().incr(key).pexpire(key, 2 * RATE_LIMIT_WINDOW_MS).exec(),
        RATE_LIMIT_REDIS_TIMEOUT_MS,
      );
      const count = Number(result?.[0]?.[1]);
      if (!Number.isFinite(count)) throw new Error(`unexpected answer ${JSON.stringify(result)}`);
      return { count, limit, resetSeconds: resetSeconds(window, now) };
    } catch (error) {
      this.warn(`not counted, let through: ${(error as Error).message}`);
      return undefined;
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }

  /** At most one warning per window: a Redis outage must not flood the log. */
  private warn(message: string): void {
    if (Date.now() - this.lastWarning < RATE_LIMIT_WINDOW_MS) return;
    this.lastWarning = Date.now();
    this.logger.warn(`rate limit: ${message}`);
  }
}

const keyOf = (subject: string, window: number) => `${QUEUE_PREFIX}:ratelimit:${subject}:${window}`;
const resetSeconds = (window: number, now: number) => Math.max(1, Math.ceil(((window + 1) * RATE_LIMIT_WINDOW_MS - now) / 1000));

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
