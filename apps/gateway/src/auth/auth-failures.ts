import { HttpException, Injectable, Optional } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditRepository } from '@lib/persistence';
import { RATE_LIMIT_WINDOW_MS, RateLimiter, TooManyAuthFailures } from './rate-limit';

/** Who a refused unauthenticated request claimed to be, and what it asked. */
export interface AuthRefusal {
  actor: string;
  action: string;
  reason: string;
  detail?: Record<string, unknown>;
}

/**
 * Requests that fail authentication, before any party is known: counted per client address
 * (AUTH_FAILURES_PER_MINUTE, in Redis across gateway processes) and audit-logged aggregated, one
 * row per address, reason and minute with a count, so a flood of bad keys neither reaches the key
 * lookup once over the limit nor grows the audit log per request.
 */
@Injectable()
export class AuthFailures {
  constructor(
    private readonly audit: AuditRepository,
    @Optional() private readonly limiter?: RateLimiter,
  ) {}

  /** 429 (with Retry-After) when the request's address failed too often this minute; the key is not looked at then. */
  async refuseFlooding(request: Request, response: Response, who: Omit<AuthRefusal, 'reason'>): Promise<void> {
    const address = addressOf(request);
    const failures = await this.limiter?.authFailures(address);
    if (!failures || failures.count < failures.limit) return;
    await this.record({ ...who, reason: 'too many failed authentications' }, address);
    throw this.tooMany(response, failures.limit, failures.resetSeconds);
  }

  /** Counts and records one failed authentication, then answers it: `unauthorized` (401), or 429 once over the limit. */
  async refuse(request: Request, response: Response, refusal: AuthRefusal, unauthorized: HttpException): Promise<never> {
    const address = addressOf(request);
    const failures = await this.limiter?.countAuthFailure(address);
    await this.record(refusal, address);
    if (failures && failures.count > failures.limit) throw this.tooMany(response, failures.limit, failures.resetSeconds);
    throw unauthorized;
  }

  private record(r: AuthRefusal, address: string): Promise<void> {
    const minute = new Date(Math.floor(Date.now() / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS).toISOString();
    return this.audit.recordAggregated(
      { partyId: null, actor: r.actor, action: r.action, outcome: 'refused', reason: r.reason, detail: { ...r.detail, ip: address, minute } },
      `unauthenticated|${address}|${r.reason}|${minute}`,
    );
  }

  private tooMany(response: Response, limit: number, retryAfterSeconds: number): TooManyAuthFailures {
    response.setHeader('Retry-After', String(retryAfterSeconds));
    return new TooManyAuthFailures(limit, retryAfterSeconds);
  }
}

const addressOf = (request: Request): string => request.ip ?? request.socket.remoteAddress ?? 'unknown';
