import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { saying, text } from '@lib/i18n';
import { DashboardAuthService } from './dashboard-auth.service';
import { cookieOf, sameToken, SESSION_COOKIE, type DashboardRequest } from './http';

/**
 * Lets a request through with a live session (cookie), and a POST only with the session's CSRF
 * token in its form. No session: 401, which the dashboard's filter turns into the log-in page.
 */
@Injectable()
export class DashboardSessionGuard implements CanActivate {
  constructor(private readonly auth: DashboardAuthService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<DashboardRequest>();
    const token = cookieOf(req, SESSION_COOKIE);
    const session = token ? await this.auth.session(token) : undefined;
    if (!token || !session) throw saying((m) => new UnauthorizedException(m), text('dashboard.session.log-in-first'));
    req.dashboard = { ...session, token };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const given = (req.body as Record<string, unknown> | undefined)?._csrf;
      if (!sameToken(given, session.csrfToken)) {
        await this.auth.record(session.user, 'csrf', 'refused', { path: req.path, ip: req.ip }, 'missing or wrong CSRF token');
        throw saying((m) => new ForbiddenException(m), text('dashboard.session.csrf'));
      }
    }
    return true;
  }
}
