import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DEFAULT_LANG, render, text, textOf, type Lang, type Text } from '@lib/i18n';
import { XmlErrorCode } from '@lib/iwmo';
import type { AuditRepository, Party } from '@lib/persistence';
import { RateLimited } from './auth/rate-limit';
import { BerichtBodyPurged, BerichtNotFound, LargeSubmissionsBusy, SubmissionRefused } from './berichten/berichten.errors';
import { XML_MEDIA_TYPES } from './media-types';
import { requestLang } from './request-lang';

/**
 * Every error as application/problem+json (RFC 9457) with a `code` a client can
 * act on. Domain errors map to their status; a database or Redis outage is 503,
 * so the client retries later (nothing was stored half: the transaction rolled back).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  /** audit: where refusals that no guard or use case records (400, 413, 415) are audit-logged */
  constructor(private readonly audit?: Pick<AuditRepository, 'record'>) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    // A controller that answers an error with a body of its own (readiness: which check failed) keeps it;
    // one that is a problem already (the declaratie builder's) goes out as one.
    if (error instanceof HttpException && isOwnBody(error.getResponse())) {
      const body = error.getResponse() as object;
      res.status(error.getStatus()).type(isProblem(body) ? 'application/problem+json' : 'application/json').json(body);
      return;
    }
    const problem = this.toProblem(error, req, requestLang(req));
    if (problem.status >= 500) this.logger.error(`${req.method} ${req.path}: ${(error as Error).message ?? String(error)}`);
    if (AUDITED_HERE.has(problem.status)) this.recordRefusal(req, this.toProblem(error, req, DEFAULT_LANG));
    if (error instanceof LargeSubmissionsBusy) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    res.status(problem.status).type('application/problem+json').json(problem);
  }

  /** Not awaited: the answer does not wait for the audit log, and a failing audit write is logged, not answered. */
  private recordRefusal(req: Request, problem: { status: number; code: string; detail: string }): void {
    const party = (req as Request & { party?: Party }).party;
    // A body too large is refused before the API key is checked: name the key id it claims, unverified.
    const claimedKey = /^bearer iwmo_([A-Za-z0-9]{16})_/i.exec(req.header('authorization') ?? '')?.[1];
    this.audit?.record({
      partyId: party?.id ?? null, actor: party?.code ?? 'anonymous', action: `${req.method} ${req.route?.path ?? req.path}`,
      outcome: 'refused', reason: `${problem.code}: ${problem.detail}`, detail: { status: problem.status, ...(party ? {} : { claimedKeyId: claimedKey ?? null, ip: req.ip }) },
    }).catch((error: Error) => this.logger.warn(`audit log of a ${problem.status} refusal failed: ${error.message}`));
  }

  /** The problem in `lang`: the reader's language for the answer, the default one for the audit trail. */
  private toProblem(error: unknown, req: Request, lang: Lang): { status: number; code: string; title: string; detail: string } {
    const { status, code, title, detail } = this.problemOf(error, req);
    return { status, code, title: render(title, lang), detail: typeof detail === 'string' ? detail : render(detail, lang) };
  }

  /** What the problem says, not yet in a language; an error that carries a catalogue text says that text. */
  private problemOf(error: unknown, req: Request): { status: number; code: string; title: Text; detail: Text | string } {
    const carried = textOf(error);
    const detail = (fallback: string): Text | string => carried ?? fallback;
    if (error instanceof SubmissionRefused) return { status: error.status, code: error.code, title: titleOf(error.status), detail: error.text };
    if (error instanceof RateLimited) return { status: 429, code: 'RATE_LIMITED', title: text('api.title.rate-limited'), detail: error.text };
    if (error instanceof BerichtNotFound) return { status: 404, code: 'NOT_FOUND', title: text('api.title.not-found'), detail: error.text };
    if (error instanceof LargeSubmissionsBusy) return { status: 503, code: 'BUSY', title: text('api.title.busy'), detail: error.text };
    if (error instanceof BerichtBodyPurged) return { status: 410, code: 'BODY_PURGED', title: text('api.title.gone'), detail: error.text };
    const e = error as { type?: string; status?: number; code?: string; limit?: number; length?: number };
    if (e.type === 'entity.too.large' && !req.is(XML_MEDIA_TYPES)) {
      const kind = req.is('json') ? text('api.body-kind.json') : text('api.body-kind.request');
      return {
        status: 413, code: 'BODY_TOO_LARGE', title: text('api.title.body-too-large'),
        detail: text('api.body-too-large', { kind, limit: String(e.limit), kb: String(Math.round((e.limit ?? 0) / 1024)) }),
      };
    }
    if (e.type === 'entity.too.large') {
      return { status: 413, code: XmlErrorCode.TOO_LARGE, title: text('api.title.message-too-large'), detail: text('api.message-too-large', { limit: String(e.limit) }) };
    }
    if (e.type === 'entity.parse.failed') return { status: 400, code: 'HTTP_400', title: text('api.title.bad-request'), detail: text('api.json-unparseable') };
    if (error instanceof HttpException) {
      const body = error.getResponse();
      const said = typeof body === 'string' ? body : ((body as { message?: string | string[] }).message ?? error.message);
      return { status: error.getStatus(), code: `HTTP_${error.getStatus()}`, title: titleOf(error.getStatus()), detail: detail(Array.isArray(said) ? said.join('; ') : String(said)) };
    }
    if (isInfrastructureOutage(error)) {
      return { status: 503, code: 'UNAVAILABLE', title: text('api.title.unavailable'), detail: text('api.unavailable', { method: req.method }) };
    }
    return { status: 500, code: 'INTERNAL', title: text('api.title.internal'), detail: text('api.internal') };
  }
}

const TITLES: Record<number, Text> = {
  400: text('api.title.bad-request'),
  401: text('api.title.unauthorized'),
  403: text('api.title.forbidden'),
  404: text('api.title.not-found'),
  409: text('api.title.conflict'),
  410: text('api.title.gone'),
  413: text('api.title.body-too-large'),
  415: text('api.title.unsupported-media-type'),
  422: text('api.title.unprocessable'),
  429: text('api.title.rate-limited'),
  500: text('api.title.internal'),
  503: text('api.title.unavailable'),
};

/** The problem's title for an HTTP status: a short name of the kind of refusal, in the reader's language. */
const titleOf = (status: number): Text => TITLES[status] ?? text('api.title.other', { status: String(status) });

/** Refusals audit-logged by the filter: the guards and use cases record 401, 403, 404 and 429 themselves. */
const AUDITED_HERE = new Set([400, 413, 415]);

/** Nest's own error bodies have statusCode and message; anything else is the controller's answer. */
function isOwnBody(body: string | object): boolean {
  return typeof body === 'object' && !('statusCode' in body && 'message' in body);
}

/** A body with the problem members ProblemFilter writes itself. */
function isProblem(body: object): boolean {
  return ['status', 'code', 'title', 'detail'].every((member) => member in body);
}

function isInfrastructureOutage(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? '';
  // Connection refused/reset, PostgreSQL admin shutdown and connection classes (08xxx, 57P0x), pool timeouts.
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03'].includes(code) || code.startsWith('08') ||
    /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(message);
}
