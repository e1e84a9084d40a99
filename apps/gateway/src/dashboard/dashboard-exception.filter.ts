import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { render, text, textOf, type Text } from '@lib/i18n';
import type { Response } from 'express';
import { DashboardAuthService } from './dashboard-auth.service';
import { securityHeaders, type DashboardRequest } from './http';
import { frameOf } from './lang';
import { errorPage } from './render';

/**
 * The dashboard answers in HTML: no session sends the browser to the log-in page, other errors
 * become a page naming the problem and the fix, in the page's language. Refused access (403) is
 * audit-logged, in Dutch like the rest of the audit trail.
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
    const frame = frameOf(req);
    const said = this.said(exception, req);
    const message = typeof said === 'string' ? said : render(said, frame.lang);
    if (status === 403 && req.dashboard) {
      const reason = typeof said === 'string' ? said : render(said);
      await this.auth.record(req.dashboard.user, 'access', 'refused', { path: req.path, query: req.query, ip: req.ip }, reason).catch(() => undefined);
    }
    res.status(status).type('html').send(errorPage(status, message, frame, req.dashboard).value);
  }

  /** What the error says: its catalogue text, else the words of an HttpException (Nest's own), else that something broke. */
  private said(exception: unknown, req: DashboardRequest): Text | string {
    const carried = textOf(exception);
    if (carried) return carried;
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const m = typeof body === 'string' ? body : (body as { message?: string | string[] }).message ?? exception.message;
      return Array.isArray(m) ? m.join('; ') : String(m);
    }
    this.logger.error(`${req.method} ${req.path}: ${(exception as Error)?.stack ?? String(exception)}`);
    return text('dashboard.error.internal');
  }
}
