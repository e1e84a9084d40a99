import { CanActivate, createParamDecorator, ExecutionContext, Injectable, Optional, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { saying, text, type Text } from '@lib/i18n';
import { AuditRepository, PartyRepository, type Party } from '@lib/persistence';
import { AuthFailures } from './auth-failures';
import { RateLimited, RateLimiter } from './rate-limit';

/**
 * The one answer to a key that is malformed, unknown, wrong or revoked: which of them stays in
 * the audit log, so a caller cannot probe whether a key id exists.
 */
export const KEY_NOT_ACCEPTED = text('api.auth.key-not-accepted');
const unauthorized = (said: Text) => saying((m) => new UnauthorizedException(m), said);

/** The request's authenticated party (set by ApiKeyGuard). */
export const CurrentParty = createParamDecorator((_data: unknown, ctx: ExecutionContext): Party => {
  const party = ctx.switchToHttp().getRequest<Request & { party?: Party }>().party;
  if (!party) throw new Error('CurrentParty used on a route without ApiKeyGuard');
  return party;
});

/** The API key of a request: `Authorization: Bearer <key>` or `X-Api-Key: <key>`. */
export function apiKeyOf(request: Request): string | undefined {
  const auth = request.header('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  return request.header('x-api-key')?.trim() || undefined;
}

/**
 * Every party request is authenticated as exactly one party by its API key.
 * Refusals (no key, unknown, wrong or revoked key) are answered 401 with one text and audit-logged
 * aggregated per address and minute; an address over AUTH_FAILURES_PER_MINUTE gets 429 (AuthFailures).
 * Then the party's request is counted against RATE_LIMIT_PER_MINUTE: over it, 429.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly parties: PartyRepository,
    private readonly audit: AuditRepository,
    private readonly failures: AuthFailures,
    @Optional() private readonly rateLimiter?: RateLimiter,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const request = ctx.switchToHttp().getRequest<Request & { party?: Party }>();
    const response = ctx.switchToHttp().getResponse<Response>();
    const key = apiKeyOf(request);
    const action = `${request.method} ${request.route?.path ?? request.path}`;
    await this.failures.refuseFlooding(request, response, { actor: 'anonymous', action });
    if (!key) {
      return this.failures.refuse(request, response, { actor: 'anonymous', action, reason: 'no API key' }, unauthorized(text('api.auth.no-key')));
    }
    const result = await this.parties.authenticate(key);
    if (!('party' in result)) {
      return this.failures.refuse(request, response, { actor: 'anonymous', action, reason: result.reason, detail: { keyId: result.keyId } }, unauthorized(KEY_NOT_ACCEPTED));
    }
    request.party = result.party;
    await this.limitRate(result.party, action, response);
    return true;
  }

  /** 429 with Retry-After over the limit; the first refusal of a party in a window is audit-logged (not every one of a flood). */
  private async limitRate(party: Party, action: string, response: Response): Promise<void> {
    const rate = await this.rateLimiter?.count(party.id);
    if (!rate) return;
    response.setHeader('RateLimit-Limit', String(rate.limit));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, rate.limit - rate.count)));
    if (rate.count <= rate.limit) return;
    if (rate.count === rate.limit + 1) {
      await this.audit.record({ partyId: party.id, actor: party.code, action, outcome: 'refused', reason: `rate limit of ${rate.limit} requests per minute`, detail: { retryAfterSeconds: rate.resetSeconds } });
    }
    response.setHeader('Retry-After', String(rate.resetSeconds));
    throw new RateLimited(party.code, rate.limit, rate.resetSeconds);
  }
}
