import { BadRequestException, Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { render, saying, text, type Lang } from '@lib/i18n';
import type { Response } from 'express';
import { ManageDeliveriesUseCase } from '../admin/manage-deliveries.usecase';
import { chartJsSource, DASHBOARD_CSS, DASHBOARD_JS } from './dashboard-assets';
import { DashboardAuthService, LoginRefused } from './dashboard-auth.service';
import { DashboardExceptionFilter } from './dashboard-exception.filter';
import { DashboardReadRepository } from '@lib/persistence';
import { DashboardSessionGuard } from './dashboard-session.guard';
import type { Query as QueryParams } from './filters';
import { FlowsPage } from './flows.page';
import {
  cookieOf, LOGIN_CSRF_COOKIE, newToken, safeNext, sameToken, securityHeaders, SESSION_COOKIE, setCookie, type DashboardRequest, type DashboardSession,
} from './http';
import { frameOf, PageLang, sayIn } from './lang';
import { MessagePage } from './message.page';
import { MoneyPage } from './money.page';
import type { Page } from './page';
import { QueuesPage } from './queues.page';
import { RejectsPage } from './rejects.page';
import { loginPage, renderPage } from './render';
import { mayRequeue, scopeOf } from './scope';
import { toCsv } from './table';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sendHtml(res: Response, status: number, body: { value: string }): void {
  securityHeaders(res);
  res.status(status).type('html').send(body.value);
}

/** Log-in and the static files: no session needed. */
@ApiExcludeController()
@UseFilters(DashboardExceptionFilter)
@Controller('dashboard')
export class DashboardPublicController {
  private chartJs: Buffer | undefined;

  constructor(private readonly auth: DashboardAuthService) {}

  @Get()
  root(@Res() res: Response): void {
    res.redirect(303, '/dashboard/flows');
  }

  @Get('login')
  loginForm(@Req() req: DashboardRequest, @Res() res: Response, @Query('next') next?: string): void {
    const csrf = newToken();
    setCookie(req, res, LOGIN_CSRF_COOKIE, csrf, '/dashboard/login');
    sendHtml(res, 200, loginPage(frameOf(req), csrf, undefined, next ? safeNext(next) : undefined));
  }

  @Post('login')
  async login(@Req() req: DashboardRequest, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const frame = frameOf(req);
    const renew = () => {
      const csrf = newToken();
      setCookie(req, res, LOGIN_CSRF_COOKIE, csrf, '/dashboard/login');
      return csrf;
    };
    if (!sameToken(body?._csrf, cookieOf(req, LOGIN_CSRF_COOKIE))) {
      return sendHtml(res, 403, loginPage(frame, renew(), sayIn(frame.lang)('dashboard.login.form-outdated')));
    }
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    try {
      const { token } = await this.auth.login(username, password, req.ip ?? '');
      setCookie(req, res, SESSION_COOKIE, token, '/dashboard');
      setCookie(req, res, LOGIN_CSRF_COOKIE, '', '/dashboard/login', 0);
      res.redirect(303, safeNext(body.next));
    } catch (error) {
      if (!(error instanceof LoginRefused)) throw error;
      if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      sendHtml(res, error.getStatus(), loginPage(frame, renew(), render(error.text, frame.lang), typeof body.next === 'string' ? safeNext(body.next) : undefined));
    }
  }

  @Get('assets/:file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    securityHeaders(res);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    if (file === 'chart.umd.js') {
      res.type('application/javascript').send((this.chartJs ??= chartJsSource()));
    } else if (file === 'dashboard.js') {
      res.type('application/javascript').send(DASHBOARD_JS);
    } else if (file === 'dashboard.css') {
      res.type('text/css').send(DASHBOARD_CSS);
    } else {
      throw saying((m) => new NotFoundException(m), text('dashboard.asset-not-found', { file }));
    }
  }
}

/** The pages: HTML with filters, each table also as CSV; requeue and log-out as POST forms. */
@ApiExcludeController()
@UseGuards(DashboardSessionGuard)
@UseFilters(DashboardExceptionFilter)
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly auth: DashboardAuthService,
    private readonly flows: FlowsPage,
    private readonly rejects: RejectsPage,
    private readonly queues: QueuesPage,
    private readonly money: MoneyPage,
    private readonly message: MessagePage,
    private readonly deliveries: ManageDeliveriesUseCase,
    private readonly read: DashboardReadRepository,
  ) {}

  @Post('logout')
  async logout(@Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const s = req.dashboard!;
    await this.auth.logout(s.token, s.user, req.ip ?? '');
    setCookie(req, res, SESSION_COOKIE, '', '/dashboard', 0);
    res.redirect(303, '/dashboard/login');
  }

  @Get('flows')
  async flowsPage(@Req() req: DashboardRequest, @Res() res: Response, @Query() q: QueryParams, @PageLang() lang: Lang): Promise<void> {
    this.show(req, res, await this.flows.build(req.dashboard!.user, q, lang));
  }

  @Get('flows/export.csv')
  async flowsCsv(@Req() req: DashboardRequest, @Res() res: Response, @Query() q: QueryParams, @PageLang() lang: Lang): Promise<void> {
    await this.csv(req, res, 'flows', q, await this.flows.build(req.dashboard!.user, q, lang), lang);
  }

  @Get('rejects')
  async rejectsPage(@Req() req: DashboardRequest, @Res() res: Response, @Query() q: QueryParams, @PageLang() lang: Lang): Promise<void> {
    this.show(req, res, await this.rejects.build(req.dashboard!.user, q, lang));
  }

  @Get('rejects/export.csv')
  async rejectsCsv(@Req() req: DashboardRequest, @Res() res: Response, @Query() q: QueryParams, @PageLang() lang: Lang): Promise<void> {
    await this.csv(req, res, 'rejects', q, await this.rejects.build(req.dashboard!.user, q, lang), lang);
  }

  @Get('queues')
  async queuesPage(@Req() req: DashboardRequest, @Res() res: Response, @PageLang() lang: Lang, @Query('requeued') requeued?: string): Promise<void> {
    const flash = typeof requeued === 'string' && UUID.test(requeued) ? sayIn(lang)('dashboard.queues.requeued', { id: requeued }) : undefined;
    this.show(req, res, await this.queues.build(req.dashboard!.user, lang), flash);
  }

  @Get('queues/export.csv')
  async queuesCsv(@Req() req: DashboardRequest, @Res() res: Response, @Query() q: QueryParams, @PageLang() lang: Lang): Promise<void> {
    await this.csv(req, res, 'queues', q, await this.queues.build(req.dashboard!.user, lang), lang);
  }

  @Get('money')
  async moneyPage(@Req() req: DashboardRequest, @Res() res: Response, @Query() q: QueryParams, @PageLang() lang: Lang): Promise<void> {
    this.show(req, res, await this.money.build(req.dashboard!.user, q, lang));
  }

  @Get('money/export.csv')
  async moneyCsv(@Req() req: DashboardRequest, @Res() res: Response, @Query() q: QueryParams, @PageLang() lang: Lang): Promise<void> {
    await this.csv(req, res, 'money', q, await this.money.build(req.dashboard!.user, q, lang), lang);
  }

  @Get('messages/:id')
  async messagePage(@Req() req: DashboardRequest, @Res() res: Response, @Param('id') id: string, @PageLang() lang: Lang): Promise<void> {
    this.show(req, res, await this.message.build(req.dashboard!.user, id, lang));
  }

  @Get('messages/:id/export.csv')
  async messageCsv(@Req() req: DashboardRequest, @Res() res: Response, @Param('id') id: string, @Query() q: QueryParams, @PageLang() lang: Lang): Promise<void> {
    await this.csv(req, res, 'message', q, await this.message.build(req.dashboard!.user, id, lang), lang);
  }

  @Post('deliveries/:id/requeue')
  async requeue(@Req() req: DashboardRequest, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const { user } = req.dashboard!;
    if (!mayRequeue(user)) throw saying((m) => new ForbiddenException(m), text('dashboard.queues.requeue-not-allowed'));
    if (!UUID.test(id) || !(await this.read.deliveryInScope(scopeOf(user), id))) throw saying((m) => new NotFoundException(m), text('dashboard.queues.no-delivery', { id }));
    try {
      await this.deliveries.requeue(id);
    } catch (error) {
      await this.auth.record(user, 'requeue', 'refused', { deliveryId: id, ip: req.ip }, (error as Error).message);
      throw error;
    }
    await this.auth.record(user, 'requeue', 'allowed', { deliveryId: id, ip: req.ip });
    res.redirect(303, `/dashboard/queues?requeued=${id}`);
  }

  private show(req: DashboardRequest, res: Response, page: Page, flash?: string): void {
    const s: DashboardSession = req.dashboard!;
    sendHtml(res, 200, renderPage(page, frameOf(req), s, flash));
  }

  /** One table of the page as CSV (BSNs masked and small groups suppressed as on the page); audit-logged. */
  private async csv(req: DashboardRequest, res: Response, name: string, q: QueryParams, page: Page, lang: Lang): Promise<void> {
    const id = typeof q.table === 'string' ? q.table : '';
    const table = page.tables.find((t) => t.id === id);
    if (!table) throw saying((m) => new BadRequestException(m), text('dashboard.csv.which-table', { tables: page.tables.map((t) => t.id).join(', ') }));
    const { user } = req.dashboard!;
    await this.auth.record(user, 'export', 'allowed', { page: name, table: id, path: req.path, query: req.query, rows: table.rows.length, ip: req.ip });
    securityHeaders(res);
    res.setHeader('Content-Disposition', `attachment; filename="iwmo-${name}-${id}-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.type('text/csv; charset=utf-8').send(`\ufeff${toCsv(table, lang)}`);
  }
}
