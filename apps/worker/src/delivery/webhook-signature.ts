import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * X-Iwmo-Signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
 * keyed with the party's webhook secret. The timestamp is signed with the
 * body, so a receiver that rejects old timestamps also rejects replays.
 */
export function signWebhook(secret: string, timestamp: number, body: Buffer): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** For receivers and tests: true when the header signs this body with this secret within toleranceSeconds of now. */
export function verifyWebhookSignature(
  header: string,
  body: Buffer,
  secret: string,
  options: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1');
  if (!Number.isSafeInteger(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  return timingSafeEqual(Buffer.from(v1, 'hex'), Buffer.from(hmac(secret, t, body), 'hex'));
}

function hmac(secret: string, timestamp: number, body: Buffer): string {
  // The body is signed as bytes, exactly as sent: no decoding, no re-encoding.
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}
