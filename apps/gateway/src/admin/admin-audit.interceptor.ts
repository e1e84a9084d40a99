import { CallHandler, ExecutionContext, HttpException, Injectable, Logger, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { AuditRepository } from '@lib/persistence';

const ADMIN_ACTION = 'iwmo:admin-action';

/** Names an admin route in the audit log: `admin.<name>`. */
export const AdminAction = (name: string) => SetMetadata(ADMIN_ACTION, name);

/** The audit name of the route handling this request. */
export function adminActionOf(reflector: Reflector, ctx: ExecutionContext): string {
  const name = reflector.get<string | undefined>(ADMIN_ACTION, ctx.getHandler());
  if (name) return `admin.${name}`;
  const request = ctx.switchToHttp().getRequest<Request>();
  return `admin ${request.method} ${request.route?.path ?? request.path}`;
}

/** Request facts for the audit log; secrets in the body are never written. */
export function auditDetail(request: Request): Record<string, unknown> {
  const detail: Record<string, unknown> = { ip: request.ip };
  if (request.params && Object.keys(request.params).length) detail.params = { ...request.params };
  if (request.query && Object.keys(request.query).length) detail.query = { ...request.query };
  const body: unknown = request.body;
  if (body && typeof body === 'object' && !Buffer.isBuffer(body) && Object.keys(body).length) {
    detail.body = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, /secret|token|password|key$/i.test(k) ? '[redacted]' : v]));
  }
  return detail;
}

/**
 * Audit-logs every admin action that passed AdminGuard (which logs the ones it
 * refuses): allowed when the handler succeeded, refused when it answered 4xx
 * (validation, not found, conflict) with the reason given.
 */
@Injectable()
export class AdminAuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('AdminAudit');

  constructor(
    private readonly audit: AuditRepository,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = ctx.switchToHttp().getRequest<Request>();
    const action = adminActionOf(this.reflector, ctx);
    const detail = auditDetail(request);
    return from(
      (async () => {
        try {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          const id = (result as { id?: unknown } | undefined)?.id;
          await this.audit.record({ partyId: null, actor: 'admin', action, outcome: 'allowed', detail: typeof id === 'string' ? { ...detail, id } : detail });
          return result;
        } catch (error) {
          const clientError = error instanceof HttpException && error.getStatus() < 500;
          await this.audit
            .record({ partyId: null, actor: 'admin', action, outcome: clientError ? 'refused' : 'allowed', reason: clientError ? reasonOf(error) : `failed: ${(error as Error).message}`, detail })
            .catch((auditError: Error) => this.logger.error(`could not audit-log ${action}: ${auditError.message}`));
          throw error;
        }
      })(),
    );
  }
}

function reasonOf(error: HttpException): string {
  const body = error.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: string | string[] }).message ?? error.message;
  return Array.isArray(message) ? message.join('; ') : String(message);
}
