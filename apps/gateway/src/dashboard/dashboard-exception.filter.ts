import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DashboardAuthService } from './dashboard-auth.service';
import { securityHeaders, type DashboardRequest } from './http';
import { errorPage } from './render';

/**
 * The dashboard answers in HTML: no session sends the browser to the log-in page, other errors
 * become a page naming the problem and the fix. Refused access (403) is audit-logged.
 */
@Catch()
export class DashboardExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Dashboard');

  constructor(private readonly auth: DashboardAuthService) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<DashboardRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    securityHeaders(res);
    if (status === 401 && !req.path.startsWith('/dashboard/login')) {
      const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.originalUrl)}` : '';
      res.redirect(303, `/dashboard/login${next}`);
      return;
    }
    let message = 'Something went wrong on our side; try again, and tell the contractteam if it persists.';
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const m = typeof body === 'string' ? body : (body as { message?: string | string[] }).message ?? exception.message;
      message = Array.isArray(m) ? m.join('; ') : String(m);
    } else {
      this.logger.error(`${req.method} ${req.path}: ${(exception as Error)?.stack ?? String(exception)}`);
    }
    if (status === 403 && req.dashboard) {
      await this.auth.record(req.dashboard.user, 'access', 'refused', { path: req.path, query: req.query, ip: req.ip }, message).catch(() => undefined);
    }
    res.status(status).type('html').send(errorPage(status, message, req.dashboard).value);
  }
}
