import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { LANGS, render, text, type Lang, type TextKey } from '@lib/i18n';
import type { NextFunction, Request, Response } from 'express';
import { requestLang } from '../request-lang';
import { cookieOf, securityHeaders, setCookie } from './http';

/**
 * The dashboard's language: `?lang=nl|en` on any page sets a cookie and sends the browser back to
 * the same page without it; without the cookie the Accept-Language header decides; Dutch otherwise.
 */
export const LANG_COOKIE = 'iwmo_lang';
const LANG_COOKIE_SECONDS = 365 * 86_400;
const DASHBOARD_PATH = '/dashboard';
/** only to parse a request's own path and query; never sent anywhere */
const BASE = 'http://dashboard.invalid';

const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The language a dashboard request is answered in: the cookie, else Accept-Language, else Dutch. */
export function dashboardLang(req: Request): Lang {
  const chosen = cookieOf(req, LANG_COOKIE);
  return isLang(chosen) ? chosen : requestLang(req);
}

/** The page language as a handler parameter: `@PageLang() lang: Lang`. */
export const PageLang = createParamDecorator((_: unknown, ctx: ExecutionContext): Lang => dashboardLang(ctx.switchToHttp().getRequest<Request>()));

/**
 * Middleware: a GET with `lang` remembers a known language in the cookie (a year; Lax, so that a
 * link from elsewhere keeps it) and redirects to the same URL without `lang`; an unknown value
 * is dropped without changing the choice.
 */
export function switchLanguage(req: Request, res: Response, next: NextFunction): void {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !/[?&]lang=/.test(req.originalUrl)) return next();
  const url = new URL(req.originalUrl, BASE);
  const asked = url.searchParams.getAll('lang').at(-1)?.trim().toLowerCase();
  if (isLang(asked)) setCookie(req, res, LANG_COOKIE, asked, DASHBOARD_PATH, LANG_COOKIE_SECONDS, 'Lax');
  url.searchParams.delete('lang');
  securityHeaders(res);
  res.redirect(303, `${url.pathname}${url.search}`);
}

/**
 * The link of the page header's language switch: this page in the other language. A form's answer
 * (a POST) cannot be asked again, so it links to the page the form belongs to.
 */
export function switchHref(req: Request, lang: Lang): string {
  const here = req.method === 'GET' || req.method === 'HEAD' ? req.originalUrl : req.path.startsWith('/dashboard/login') ? '/dashboard/login' : '/dashboard/flows';
  const url = new URL(here, BASE);
  url.searchParams.set('lang', otherLang(lang));
  return `${url.pathname}${url.search}`;
}

export const otherLang = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl');

/** What the frame of every page needs of the request: its language and the link that switches it. */
export interface Frame {
  readonly lang: Lang;
  readonly switchHref: string;
}

export function frameOf(req: Request): Frame {
  const lang = dashboardLang(req);
  return { lang, switchHref: switchHref(req, lang) };
}

type TextArgs<K extends TextKey> = Parameters<typeof text<K>> extends [unknown, ...infer A] ? A : never;

/** A catalogue text said at once in the page's language: `say('dashboard.flows.title')`. */
export type Say = <K extends TextKey>(key: K, ...args: TextArgs<K>) => string;

export const sayIn = (lang: Lang): Say => (key, ...args) => render((text as (k: TextKey, ...a: unknown[]) => ReturnType<typeof text>)(key, ...args), lang);
