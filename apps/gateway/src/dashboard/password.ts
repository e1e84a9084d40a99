import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { text, type Text } from '@lib/i18n';

/** scrypt parameters (RFC 7914; N = 2^15 with r = 8 uses 32 MiB and about 50-100 ms per hash here). */
const N = 32768;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const MAXMEM = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: MAXMEM }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$key` (base64), so parameters can be raised later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A password for a new user when none is given: 128 random bits, readable. */
export const generatePassword = (): string => randomBytes(16).toString('base64url');

/** At least 12 characters, at most 256; the fix is named in the text. */
export function passwordProblem(password: string): Text | undefined {
  if (password.length < 12) return text('funding.dashboard-users.password-short');
  if (password.length > 256) return text('funding.dashboard-users.password-long');
  return undefined;
}
