import { CanActivate, ExecutionContext, Injectable, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { saying, text } from '@lib/i18n';
import { AuditRepository } from '@lib/persistence';
import { AuthFailures } from '../auth/auth-failures';
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
 * audit-logged with actor "admin"; a wrong or missing token counts as a failed authentication of
 * the address (aggregated in the audit log, 429 over AUTH_FAILURES_PER_MINUTE).
 */
@Injectable()
export class AdminGuard implements CanActivate {
  constructor(
    private readonly token: AdminToken,
    private readonly audit: AuditRepository,
    private readonly reflector: Reflector,
    private readonly failures: AuthFailures,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const request = ctx.switchToHttp().getRequest<Request>();
    const response = ctx.switchToHttp().getResponse<Response>();
    const action = adminActionOf(this.reflector, ctx);
    const refuse = (reason: string) =>
      this.audit.record({ partyId: null, actor: 'admin', action, outcome: 'refused', reason, detail: { ip: request.ip } });

    if (!this.token.enabled) {
      await refuse('admin API disabled');
      throw new ServiceUnavailableException(
        'The admin API is disabled because no admin token is configured. Set ADMIN_TOKEN (at least 24 characters) and restart the gateway.',
      );
    }
    await this.failures.refuseFlooding(request, response, { actor: 'admin', action });
    const presented = bearerOf(request);
    if (!presented) {
      return this.failures.refuse(request, response, { actor: 'admin', action, reason: 'no admin token' }, saying((m) => new UnauthorizedException(m), text('api.auth.no-admin-token')));
    }
    if (!this.token.matches(presented)) {
      return this.failures.refuse(request, response, { actor: 'admin', action, reason: 'wrong admin token' }, saying((m) => new UnauthorizedException(m), text('api.auth.admin-token-not-accepted')));
    }
    return true;
  }
}
