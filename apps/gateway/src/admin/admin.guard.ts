import { CanActivate, ExecutionContext, Injectable, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuditRepository } from '@lib/persistence';
import { adminActionOf } from './admin-audit.interceptor';
import { AdminToken } from './admin-token.module';

/** `Authorization: Bearer <token>`; the admin API takes no other form (no query string: URLs end up in logs). */
function bearerOf(request: Request): string | undefined {
  const auth = request.header('authorization');
  return auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() || undefined : undefined;
}

/**
 * Lets a request through only with the admin token (constant-time comparison).
 * Refusals are answered 401, or 503 when the admin API is disabled, and each is
 * audit-logged with actor "admin".
 */
@Injectable()
export class AdminGuard implements CanActivate {
  constructor(
    private readonly token: AdminToken,
    private readonly audit: AuditRepository,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const request = ctx.switchToHttp().getRequest<Request>();
    const refuse = (reason: string) =>
      this.audit.record({ partyId: null, actor: 'admin', action: adminActionOf(this.reflector, ctx), outcome: 'refused', reason, detail: { ip: request.ip } });

    if (!this.token.enabled) {
      await refuse('admin API disabled');
      throw new ServiceUnavailableException(
        'The admin API is disabled because no admin token is configured. Set ADMIN_TOKEN (at least 24 characters) and restart the gateway.',
      );
    }
    const presented = bearerOf(request);
    if (!presented) {
      await refuse('no admin token');
      throw new UnauthorizedException('Send the admin token as "Authorization: Bearer <token>".');
    }
    if (!this.token.matches(presented)) {
      await refuse('wrong admin token');
      throw new UnauthorizedException('The admin token is not accepted.');
    }
    return true;
  }
}
