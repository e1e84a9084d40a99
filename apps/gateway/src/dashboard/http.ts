import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DashboardUser } from './scope';

export const SESSION_COOKIE = 'iwmo_dashboard';
export const LOGIN_CSRF_COOKIE = 'iwmo_dashboard_login';

/** No inline script or style anywhere: the dashboard's JS and CSS are files of its own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
].join('; ');

export function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cache-Control', 'no-store');
}

export function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

/** HttpOnly, SameSite=Strict unless told, Secure behind TLS; without maxAgeSeconds a session cookie (the server ends the session). */
export function setCookie(req: Request, res: Response, name: string, value: string, path: string, maxAgeSeconds?: number, sameSite: 'Strict' | 'Lax' = 'Strict'): void {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${path}`, 'HttpOnly', `SameSite=${sameSite}`];
  if (req.secure) parts.push('Secure');
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  res.append('Set-Cookie', parts.join('; '));
}

export const newToken = (): string => randomBytes(32).toString('base64url');

export function sameToken(given: unknown, expected: string | undefined): boolean {
  if (typeof given !== 'string' || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Where to go after log-in: a dashboard page only (no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/dashboard\/[A-Za-z0-9/_.?=&%-]*$/.test(next) && !next.includes('//') ? next : '/dashboard/flows';
}

/** What the session guard puts on the request. */
export interface DashboardSession {
  user: DashboardUser;
  csrfToken: string;
  token: string;
}

export type DashboardRequest = Request & { dashboard?: DashboardSession };
