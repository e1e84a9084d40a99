import { CanActivate, createParamDecorator, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AuditRepository, PartyRepository, type Party } from '@lib/persistence';

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
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly parties: PartyRepository,
    private readonly audit: AuditRepository,
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
    return true;
  }
}
