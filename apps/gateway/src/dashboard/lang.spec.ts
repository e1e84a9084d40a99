import type { NextFunction, Request, Response } from 'express';
import { dashboardLang, switchHref, switchLanguage } from './lang';

/** Just enough of Express's request and response for the middleware. */
function exchange(method: string, originalUrl: string, opts: { secure?: boolean; cookie?: string; acceptLanguage?: string } = {}) {
  const req = {
    method, originalUrl, path: originalUrl.split('?')[0], secure: opts.secure ?? false,
    headers: { cookie: opts.cookie }, acceptsLanguages: (...langs: string[]) => (opts.acceptLanguage && langs.includes(opts.acceptLanguage) ? opts.acceptLanguage : false),
  } as unknown as Request;
  const answer = { cookies: [] as string[], redirect: undefined as undefined | [number, string], next: false };
  const res = {
    append: (name: string, value: string) => name === 'Set-Cookie' && answer.cookies.push(value),
    setHeader: () => undefined,
    redirect: (status: number, to: string) => (answer.redirect = [status, to]),
  } as unknown as Response;
  switchLanguage(req, res, (() => (answer.next = true)) as NextFunction);
  return { req, answer };
}

describe('the dashboard language', () => {
  it('remembers ?lang= in a cookie (Secure behind TLS) and redirects to the same URL without it', () => {
    const { answer } = exchange('GET', '/dashboard/money?split=aannemer&lang=EN&to=2026-05', { secure: true });
    expect(answer).toEqual({ cookies: ['iwmo_lang=en; Path=/dashboard; HttpOnly; SameSite=Lax; Secure; Max-Age=31536000'], redirect: [303, '/dashboard/money?split=aannemer&to=2026-05'], next: false });
  });

  it('lets other requests through: no lang, or a form (POST)', () => {
    expect(exchange('GET', '/dashboard/flows?language=en').answer).toEqual({ cookies: [], redirect: undefined, next: true });
    expect(exchange('POST', '/dashboard/login?lang=en').answer).toEqual({ cookies: [], redirect: undefined, next: true });
  });

  it('takes the cookie, else Accept-Language, else Dutch', () => {
    expect(dashboardLang(exchange('GET', '/dashboard/flows', { cookie: 'a=b; iwmo_lang=en' }).req)).toBe('en');
    expect(dashboardLang(exchange('GET', '/dashboard/flows', { cookie: 'iwmo_lang=nl', acceptLanguage: 'en' }).req)).toBe('nl');
    expect(dashboardLang(exchange('GET', '/dashboard/flows', { cookie: 'iwmo_lang=xx', acceptLanguage: 'en' }).req)).toBe('en');
    expect(dashboardLang(exchange('GET', '/dashboard/flows').req)).toBe('nl');
  });

  it('links the switch to this page in the other language; after a form, to its page', () => {
    expect(switchHref(exchange('GET', '/dashboard/rejects?bron=gemeente').req, 'nl')).toBe('/dashboard/rejects?bron=gemeente&lang=en');
    expect(switchHref(exchange('POST', '/dashboard/login').req, 'en')).toBe('/dashboard/login?lang=nl');
    expect(switchHref(exchange('POST', '/dashboard/deliveries/x/requeue').req, 'nl')).toBe('/dashboard/flows?lang=en');
  });
});
