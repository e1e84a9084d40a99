import { CanActivate, createParamDecorator, ExecutionContext, Injectable, Optional, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditRepository, PartyRepository, type Party } from '@lib/persistence';
import { RateLimited, RateLimiter } from './rate-limit';

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
 * Refusals (no key, unknown, wrong or revoked key) are answered 401 and audit-logged.
 * Then the party's request is counted against RATE_LIMIT_PER_MINUTE: over it, 429.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly parties: PartyRepository,
    private readonly audit: AuditRepository,
    @Optional() private readonly rateLimiter?: RateLimiter,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const request = ctx.switchToHttp().getRequest<Request & { party?: Party }>();
    const key = apiKeyOf(request);
    const action = `${request.method} ${request.route?.path ?? request.path}`;
    if (!key) {
      await this.audit.record({ partyId: null, actor: 'anonymous', action, outcome: 'refused', reason: 'no API key', detail: { ip: request.ip } });
      throw new UnauthorizedException('Send your API key as "Authorization: Bearer <key>".');
    }
    const result = await this.parties.authenticate(key);
    if (!('party' in result)) {
      await this.audit.record({ partyId: null, actor: 'anonymous', action, outcome: 'refused', reason: result.reason, detail: { keyId: result.keyId, ip: request.ip } });
      throw new UnauthorizedException(`The API key is not accepted (${result.reason}).`);
    }
    request.party = result.party;
    await this.limitRate(result.party, action, ctx.switchToHttp().getResponse<Response>());
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
