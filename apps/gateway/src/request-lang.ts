import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DEFAULT_LANG, LANGS, type Lang } from '@lib/i18n';
import type { Request } from 'express';

/**
 * The language a request asks for in its Accept-Language header (q-values honoured, by express's
 * negotiation): Dutch unless English is preferred, Dutch for a language the gateway does not speak.
 */
export function requestLang(req: Pick<Request, 'acceptsLanguages'>): Lang {
  const chosen = req.acceptsLanguages(...LANGS);
  return typeof chosen === 'string' ? (chosen as Lang) : DEFAULT_LANG;
}

/** The request's language as a handler parameter: `@RequestLang() lang: Lang`. */
export const RequestLang = createParamDecorator((_: unknown, ctx: ExecutionContext): Lang => requestLang(ctx.switchToHttp().getRequest<Request>()));
