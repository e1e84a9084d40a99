/**
 * Requests that fail authentication, on the real gateway over HTTP (both databases, real Redis):
 * one 401 text whatever is wrong with the key, a per-address limit (429 with Retry-After) that a
 * flood of bad keys reaches without reaching the key lookup, audit rows aggregated per address,
 * reason and minute, and /health/live answering throughout.
 *
 * Every spec talks from 127.0.0.1, so this one counts in a Redis database of its own (the test
 * Redis' database + 1 mod 16): its flood must not throttle the other specs running beside it.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { validateTestEnv } from '@lib/config';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { PartyRepository } from '@lib/persistence';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { QUEUE_PREFIX } from '@lib/queue';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { render } from '@lib/i18n';
import { KEY_NOT_ACCEPTED } from './api-key.guard';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);
const LIMIT = 5;
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** The test Redis URL with the next database number. */
function ownDatabase(url: string): string {
  const u = new URL(url);
  u.pathname = `/${(Number(u.pathname.slice(1) || '0') + 1) % 16}`;
  return u.toString();
}

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('failed authentication on %s', (_name, backend) => {
  let gateway: TestGateway;
  let key: string;
  let revoked: string;

  beforeAll(async () => {
    const own = ownDatabase(redisUrl!);
    const redis = new Redis(own);
    const stale = await redis.keys(`${QUEUE_PREFIX}:ratelimit:authfail:*`);
    if (stale.length > 0) await redis.del(...stale);
    redis.disconnect();
    gateway = await startTestGateway('auth-failures', backend, { REDIS_URL: own, AUTH_FAILURES_PER_MINUTE: String(LIMIT), ADMIN_TOKEN });
    key = await gateway.addParty('aanbieder', '12345678', 'Zorg BV');
    revoked = await gateway.addParty('aanbieder', '87654321', 'Andere Zorg BV');
    const parties = new PartyRepository(gateway.db);
    await parties.revokeKey(/^iwmo_([A-Za-z0-9]{16})_/.exec(revoked)![1]!);
  });
  afterAll(() => gateway?.close());

  const post = (k: string | undefined) =>
    fetch(`${gateway.url}/v1/berichten`, { method: 'POST', headers: { ...(k ? { authorization: `Bearer ${k}` } : {}), 'content-type': 'application/xml' }, body: sampleWmo305() });
  const randomKey = () => `iwmo_${randomBytes(8).toString('hex')}_${randomBytes(32).toString('base64url')}`;
  const detailOf = async (r: Response) => ((await r.json()) as { detail: string }).detail;

  it('answers a malformed, an unknown, a wrong and a revoked key with one 401 text; the audit log keeps which', async () => {
    const wrongSecret = `${/^iwmo_[A-Za-z0-9]{16}_/.exec(key)![0]}${randomBytes(32).toString('base64url')}`;
    const answers = await Promise.all(["' OR 1=1 --", randomKey(), wrongSecret, revoked].map(async (k) => {
      const r = await post(k);
      return [r.status, await detailOf(r)];
    }));
    expect(answers).toEqual(Array(4).fill([401, render(KEY_NOT_ACCEPTED)]));
    const reasons = (await gateway.db.query<{ reason: string }>(`SELECT reason FROM audit_log WHERE actor = 'anonymous' ORDER BY id`)).rows.map((r) => r.reason);
    expect(reasons.sort()).toEqual(['malformed API key', 'revoked API key', 'unknown API key', 'wrong API key secret']);
  });

  it('answers a flood of bad keys 429 with Retry-After past the limit, audit-logs it in a few counted rows, and stays live', async () => {
    const before = Number((await gateway.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log`)).rows[0]!.n);
    const statuses: number[] = [];
    const retryAfter = new Set<string | null>();
    for (let round = 0; round < 10; round++) {
      const live = fetch(`${gateway.url}/health/live`).then((r) => r.status);
      const answers = await Promise.all(Array.from({ length: 20 }, () => post(randomKey())));
      for (const a of answers) {
        statuses.push(a.status);
        if (a.status === 429) retryAfter.add(a.headers.get('retry-after'));
        await a.body?.cancel();
      }
      expect(await live).toBe(200);
    }
    // the first test's four failures count in the same minute (or the minute turned and they do not)
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(2 * LIMIT);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(200 - 2 * LIMIT);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect([...retryAfter].every((v) => v !== null && Number(v) >= 1 && Number(v) <= 60)).toBe(true);

    // 200 refusals: a row per reason and minute (two minutes at most), with the count of them
    const rows = (await gateway.db.query<{ reason: string; count: number }>(
      `SELECT reason, count FROM audit_log WHERE actor = 'anonymous' AND reason IN ('unknown API key', 'too many failed authentications') ORDER BY id`,
    )).rows;
    expect(rows.length).toBeLessThanOrEqual(4);
    expect(rows.map((r) => r.reason)).toContain('too many failed authentications');
    expect(rows.reduce((n, r) => n + Number(r.count), 0)).toBeGreaterThanOrEqual(200);
    expect(Number((await gateway.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log`)).rows[0]!.n) - before).toBeLessThanOrEqual(4);
  });

  it('applies the limit to the address before any key is looked at, and to the admin token too', async () => {
    const valid = await post(key);
    expect(valid.status).toBe(429);
    expect(await detailOf(valid)).toMatch(/Te veel mislukte aanmeldingen vanaf uw adres deze minuut \(AUTH_FAILURES_PER_MINUTE=5\); probeer het over \d+ s opnieuw/);
    const admin = await fetch(`${gateway.url}/v1/admin/parties`, { headers: { authorization: 'Bearer not-the-admin-token-000000000' } });
    expect(admin.status).toBe(429);
    expect(admin.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
