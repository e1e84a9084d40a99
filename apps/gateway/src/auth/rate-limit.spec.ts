/**
 * Rate limits per party: the counter in real Redis shared by two limiters
 * (two gateway processes), the window, letting requests through when Redis is
 * away, and the gateway's answer (429, Retry-After, a problem naming the
 * limit, audit-logged) with admin and health routes exempt.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv, validateTestEnv } from '@lib/config';
import { DATABASE, PartyRepository, type Database } from '@lib/persistence';
import { assertPgliteCanLoad } from '@lib/persistence/testing';
import { createGatewayApp, localUrl } from '../gateway.app';
import { RATE_LIMIT_WINDOW_MS, RateLimiter } from './rate-limit';

const { redisUrl } = validateTestEnv();
const ADMIN_TOKEN = 'rate-limit-spec-admin-token-0123456789';

describe('RATE_LIMIT_PER_MINUTE', () => {
  it('defaults to 600, takes 0 for off, and refuses what is not a whole number', () => {
    expect(validateEnv({}).rateLimitPerMinute).toBe(600);
    expect(validateEnv({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
    expect(() => validateEnv({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE="lots": must be a whole number from 0 to 1000000/);
  });
});

(redisUrl ? describe : describe.skip)('RateLimiter on Redis', () => {
  const limiters: RateLimiter[] = [];
  const limiter = (limit: number, url = redisUrl!) => {
    const made = new RateLimiter({ rateLimitPerMinute: limit, redisUrl: url });
    limiters.push(made);
    return made;
  };
  afterAll(async () => {
    await Promise.all(limiters.map((l) => l.onModuleDestroy()));
  });

  it('counts a party across two limiters (two gateway processes) and keeps parties apart', async () => {
    const [a, b] = [limiter(5), limiter(5)];
    const party = randomUUID();
    const other = randomUUID();
    const now = Date.now();
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await a.count(party, now))!.count, (await b.count(party, now))!.count);
    expect(counts).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await b.count(other, now))!.count).toBe(1);
  });

  it('starts a new count in the next window and says when the current one ends', async () => {
    const l = limiter(2);
    const party = randomUUID();
    const windowStart = Math.floor(Date.now() / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS;
    expect(await l.count(party, windowStart + 45_500)).toEqual({ count: 1, limit: 2, resetSeconds: 15 });
    expect((await l.count(party, windowStart + 59_999))!).toEqual({ count: 2, limit: 2, resetSeconds: 1 });
    expect((await l.count(party, windowStart + RATE_LIMIT_WINDOW_MS))!.count).toBe(1);
  });

  it('counts nothing when off, and lets requests through uncounted when Redis does not answer', async () => {
    expect(await limiter(0).count(randomUUID())).toBeUndefined();
    // A port where nothing listens: connection refused, the command fails at once.
    expect(await limiter(5, 'redis://127.0.0.1:1').count(randomUUID())).toBeUndefined();
  });
});

(redisUrl ? describe : describe.skip)('the gateway over its rate limit', () => {
  const LIMIT = 3;
  let app: NestExpressApplication;
  let url: string;
  let db: Database;
  let dataDir: string;
  const keys: Record<'limited' | 'other', string> = { limited: '', other: '' };
  let limitedPartyId = '';

  beforeAll(async () => {
    assertPgliteCanLoad();
    dataDir = mkdtempSync(join(tmpdir(), 'iwmo-rate-limit-'));
    const config = validateEnv({
      PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl!, SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: String(LIMIT), ADMIN_TOKEN,
    });
    app = await createGatewayApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = localUrl(app);
    db = app.get<Database>(DATABASE);
    const parties = new PartyRepository(db);
    // Codes of their own: the embedded database is shared by the specs of this process.
    const limited = await parties.create({ role: 'aanbieder', code: '31415926', name: 'Drukke Zorg BV' });
    const other = await parties.create({ role: 'aanbieder', code: '27182818', name: 'Rustige Zorg BV' });
    limitedPartyId = limited.id;
    keys.limited = (await parties.createKey(limited.id, 'test')).key;
    keys.other = (await parties.createKey(other.id, 'test')).key;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const mailbox = (key: string, lang?: string) =>
    fetch(`${url}/v1/mailbox`, { headers: { authorization: `Bearer ${key}`, ...(lang ? { 'accept-language': lang } : {}) } });

  it('answers 429 with Retry-After and a problem naming the limit, for that party only, and audit-logs it once', async () => {
    const statuses = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await mailbox(keys.limited)).status);
    expect(statuses).toEqual([200, 200, 200]);

    const refused = await mailbox(keys.limited);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    // Dutch by default, English on request.
    expect(await refused.json()).toEqual({
      status: 429, code: 'RATE_LIMITED', title: 'Te veel verzoeken',
      detail: `Partij 31415926 stuurde meer dan ${LIMIT} verzoeken deze minuut (RATE_LIMIT_PER_MINUTE=${LIMIT}); probeer het over ${retryAfter} s opnieuw.`,
    });
    const inEnglish = await mailbox(keys.limited, 'en-GB,en;q=0.9,nl;q=0.5');
    const englishRetry = Number(inEnglish.headers.get('retry-after'));
    expect(await inEnglish.json()).toEqual({
      status: 429, code: 'RATE_LIMITED', title: 'Too many requests',
      detail: `Party 31415926 sent more than ${LIMIT} requests this minute (RATE_LIMIT_PER_MINUTE=${LIMIT}); retry after ${englishRetry} s.`,
    });
    // Submitting is limited too, before the body is looked at.
    const submit = await fetch(`${url}/v1/berichten`, { method: 'POST', headers: { authorization: `Bearer ${keys.limited}`, 'content-type': 'application/xml' }, body: '<x/>' });
    expect(submit.status).toBe(429);

    // Another party is not affected.
    expect((await mailbox(keys.other)).status).toBe(200);
    // One audit entry for the flood, not one per refused request.
    const { rows } = await db.query<{ reason: string; action: string }>(`SELECT reason, action FROM audit_log WHERE party_id = $1 AND outcome = 'refused'`, [limitedPartyId]);
    expect(rows).toEqual([{ reason: `rate limit of ${LIMIT} requests per minute`, action: 'GET /v1/mailbox' }]);
  });

  it('does not limit the health and admin routes', async () => {
    const answers = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      answers.push((await fetch(`${url}/health/live`)).status);
      answers.push((await fetch(`${url}/v1/admin/parties`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status);
    }
    expect(answers).toEqual(Array(2 * (LIMIT + 2)).fill(200));
  });
});
