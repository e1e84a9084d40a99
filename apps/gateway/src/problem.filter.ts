import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { XmlErrorCode } from '@lib/iwmo';
import type { AuditRepository, Party } from '@lib/persistence';
import { RateLimited } from './auth/rate-limit';
import { BerichtBodyPurged, BerichtNotFound, LargeSubmissionsBusy, SubmissionRefused } from './berichten/berichten.errors';
import { XML_MEDIA_TYPES } from './media-types';

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
    const problem = this.toProblem(error, req);
    if (problem.status >= 500) this.logger.error(`${req.method} ${req.path}: ${(error as Error).message ?? String(error)}`);
    if (AUDITED_HERE.has(problem.status)) this.recordRefusal(req, problem);
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

  private toProblem(error: unknown, req: Request): { status: number; code: string; title: string; detail: string } {
    if (error instanceof SubmissionRefused) return { status: error.status, code: error.code, title: 'Refused', detail: error.message };
    if (error instanceof RateLimited) return { status: 429, code: 'RATE_LIMITED', title: 'Too many requests', detail: error.message };
    if (error instanceof BerichtNotFound) return { status: 404, code: 'NOT_FOUND', title: 'Not found', detail: error.message };
    if (error instanceof LargeSubmissionsBusy) return { status: 503, code: 'BUSY', title: 'Service busy', detail: error.message };
    if (error instanceof BerichtBodyPurged) return { status: 410, code: 'BODY_PURGED', title: 'Gone', detail: error.message };
    const e = error as { type?: string; status?: number; code?: string; limit?: number; length?: number };
    if (e.type === 'entity.too.large' && !req.is(XML_MEDIA_TYPES)) {
      return {
        status: 413, code: 'BODY_TOO_LARGE', title: 'Request body too large',
        detail: `The ${req.is('json') ? 'JSON' : 'request'} body is larger than the limit of ${e.limit} bytes (${Math.round((e.limit ?? 0) / 1024)} KB) for this kind of request; send less per request. (iWmo messages go as raw XML to POST /v1/berichten, up to MAX_MESSAGE_BYTES.)`,
      };
    }
    if (e.type === 'entity.too.large') {
      return {
        status: 413, code: XmlErrorCode.TOO_LARGE, title: 'Message too large',
        detail: `The message is larger than the limit of ${e.limit} bytes (the exchange's 25 MB); split the declaratie over several messages.`,
      };
    }
    if (error instanceof HttpException) {
      const body = error.getResponse();
      const detail = typeof body === 'string' ? body : ((body as { message?: string | string[] }).message ?? error.message);
      return { status: error.getStatus(), code: `HTTP_${error.getStatus()}`, title: error.name, detail: Array.isArray(detail) ? detail.join('; ') : String(detail) };
    }
    if (isInfrastructureOutage(error)) {
      return { status: 503, code: 'UNAVAILABLE', title: 'Service unavailable', detail: `The gateway cannot reach its database right now; nothing was stored. Retry ${req.method} later.` };
    }
    return { status: 500, code: 'INTERNAL', title: 'Internal error', detail: 'Something went wrong on our side; nothing was stored half. Retry later or contact the operator.' };
  }
}

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
