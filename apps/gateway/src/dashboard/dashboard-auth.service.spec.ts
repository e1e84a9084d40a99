/**
 * Log-in throttling on both databases (issue 12: no lockout weapon), the client address given
 * per call as the controller passes req.ip: failures slow down one address for one username
 * (1 s, 2 s, 4 s ...) and one address across usernames, never the same user on another address;
 * a success resets; every refusal is audit-logged. Over HTTP: dashboard.spec.ts.
 */
import type { AppConfig } from '@lib/config';
import { runMigrations, type Database } from '@lib/persistence';
import { testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { DashboardAuthService, LoginRefused } from './dashboard-auth.service';
import { render } from '@lib/i18n';
import { ADDRESS_THROTTLE, THROTTLE_FORGET_HOURS, throttleAddressOf, throttledMessage, USER_AND_ADDRESS_THROTTLE } from './login-throttle';

const PASSWORD = 'correct horse battery staple';

/** What a log-in attempt came to: 'ok', or the refusal's status and Retry-After. */
type Outcome = 'ok' | { status: number; retryAfter?: number; message: string };

describe('throttleAddressOf', () => {
  it('keeps IPv4 (also IPv4-mapped) and counts IPv6 by its /64', () => {
    expect(throttleAddressOf('192.0.2.7')).toBe('192.0.2.7');
    expect(throttleAddressOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(throttleAddressOf('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(throttleAddressOf('2001:0db8:00aa:00bb::9')).toBe('2001:db8:aa:bb::/64');
    expect(throttleAddressOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleAddressOf('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddressOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(throttleAddressOf('')).toBe('unknown');
  });

  it('says how long to wait and until when, in Dutch time, in either language', () => {
    const now = new Date('2026-03-02T12:00:00Z');
    expect(render(throttledMessage('user', 1, now), 'nl')).toContain('Probeer het over 1 seconde opnieuw (om 13:00:01 Nederlandse tijd)');
    expect(render(throttledMessage('address', 900, now), 'nl')).toBe('Te veel mislukte inlogpogingen vanaf uw adres. Probeer het over 15 minuten opnieuw (om 13:15:00 Nederlandse tijd).');
    expect(render(throttledMessage('address', 900, now), 'en')).toBe('Too many failed log-in attempts from your address. Try again in 15 minutes (at 13:15:00 Amsterdam time).');
  });
});

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('DashboardAuthService log-in throttling on %s', (_name, backend) => {
  let test: TestDatabase;
  let db: Database;
  let auth: DashboardAuthService;

  const attempt = async (username: string, password: string, ip: string): Promise<Outcome> => {
    try {
      await auth.login(username, password, ip);
      return 'ok';
    } catch (error) {
      if (!(error instanceof LoginRefused)) throw error;
      return { status: error.getStatus(), retryAfter: error.retryAfterSeconds, message: error.message };
    }
  };
  const failTimes = async (n: number, username: string, ip: string) => {
    for (let i = 0; i < n; i++) expect(await attempt(username, `guess ${i}`, ip)).toMatchObject({ status: 401 });
  };
  /** The delay has passed: the address may try again (its counters stay). */
  const waitOut = (address: string) =>
    db.query(`UPDATE dashboard_login_throttle SET next_allowed_at = now() - interval '1 second' WHERE address = $1`, [address]);
  const refusals = async (ip: string) =>
    (await db.query<{ reason: string; count: number; detail: Record<string, unknown> }>(
      `SELECT reason, count, detail FROM audit_log WHERE action = 'dashboard.login' AND outcome = 'refused' AND detail->>'ip' = $1 ORDER BY id`, [ip],
    )).rows;

  beforeAll(async () => {
    test = await backend.create();
    db = test.db;
    await runMigrations(db);
    auth = new DashboardAuthService(db, { dashboardSessionMinutes: 30 } as AppConfig);
    for (const username of ['admin', 'team']) await auth.createUser({ username, role: username === 'admin' ? 'admin' : 'contractteam', password: PASSWORD });
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('slows one address down for a username with growing delays, while the right password from another address logs in', async () => {
    const A = '198.51.100.1';
    await failTimes(USER_AND_ADDRESS_THROTTLE.freeFailures, 'admin', A);
    const first = await attempt('admin', PASSWORD, A);
    expect(first).toEqual({ status: 429, retryAfter: 1, message: expect.stringContaining('Probeer het over 1 seconde opnieuw (om ') });
    expect(await attempt('admin', PASSWORD, '203.0.113.9')).toBe('ok');
    // the same address may still try other usernames (the address's own limit is higher)
    expect(await attempt('team', PASSWORD, A)).toBe('ok');

    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await waitOut(A);
      expect(await attempt('admin', 'still wrong', A)).toMatchObject({ status: 401 });
      const throttled = await attempt('admin', PASSWORD, A);
      delays.push(typeof throttled === 'object' ? throttled.retryAfter ?? 0 : 0);
    }
    expect(delays).toEqual([2, 4, 8, 16]);
  });

  it('caps the delay at 15 minutes', async () => {
    const A = '198.51.100.2';
    await db.query(
      `INSERT INTO dashboard_login_throttle (address, username, failures, last_failure_at, next_allowed_at) VALUES ($1, 'admin', 40, now(), now())`, [A],
    );
    expect(await attempt('admin', 'wrong', A)).toMatchObject({ status: 401 });
    expect(await attempt('admin', PASSWORD, A)).toMatchObject({ status: 429, retryAfter: USER_AND_ADDRESS_THROTTLE.maxDelaySeconds, message: expect.stringContaining('over 15 minuten') });
  });

  it('slows one address down across usernames after more failures (password spraying), not other addresses', async () => {
    const C = '198.51.100.3';
    for (let i = 0; i < ADDRESS_THROTTLE.freeFailures; i++) expect(await attempt(`user${i}`, 'Winter2026!', C)).toMatchObject({ status: 401 });
    const sprayed = await attempt('admin', PASSWORD, C);
    expect(sprayed).toEqual({ status: 429, retryAfter: 1, message: expect.stringContaining('Te veel mislukte inlogpogingen vanaf uw adres.') });
    expect(await attempt('', '', C)).toMatchObject({ status: 429 });
    expect(await attempt('admin', PASSWORD, '198.51.100.4')).toBe('ok');
    await waitOut(C);
    expect(await attempt('user99', 'Winter2026!', C)).toMatchObject({ status: 401 });
    expect(await attempt('admin', PASSWORD, C)).toMatchObject({ status: 429, retryAfter: 2 });
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped address as the IPv4 one', async () => {
    for (let i = 0; i < USER_AND_ADDRESS_THROTTLE.freeFailures; i++) expect(await attempt('admin', 'wrong', `2001:db8:5:6::${i + 1}`)).toMatchObject({ status: 401 });
    expect(await attempt('admin', PASSWORD, '2001:db8:5:6:ffff::1')).toMatchObject({ status: 429 });
    expect(await attempt('admin', PASSWORD, '2001:db8:5:7::1')).toBe('ok');

    await failTimes(USER_AND_ADDRESS_THROTTLE.freeFailures, 'admin', '::ffff:198.51.100.5');
    expect(await attempt('admin', PASSWORD, '198.51.100.5')).toMatchObject({ status: 429 });
  });

  it('throttles an unknown username exactly like a known one', async () => {
    const A = '198.51.100.6';
    await failTimes(USER_AND_ADDRESS_THROTTLE.freeFailures, 'nobody', A);
    expect(await attempt('nobody', PASSWORD, A)).toMatchObject({ status: 429, retryAfter: 1 });
  });

  it('starts the username again from zero on that address after a successful log-in', async () => {
    const E = '198.51.100.7';
    const below = USER_AND_ADDRESS_THROTTLE.freeFailures - 1;
    await failTimes(below, 'admin', E);
    expect(await attempt('admin', PASSWORD, E)).toBe('ok');
    expect((await db.query(`SELECT username, failures FROM dashboard_login_throttle WHERE address = $1 ORDER BY username`, [E])).rows)
      .toEqual([{ username: '', failures: below }]);
    await failTimes(below, 'admin', E);
    expect(await attempt('admin', PASSWORD, E)).toBe('ok');
  });

  it(`forgets a counter without failures for ${THROTTLE_FORGET_HOURS} hours`, async () => {
    const F = '198.51.100.8';
    await failTimes(USER_AND_ADDRESS_THROTTLE.freeFailures, 'admin', F);
    await db.query(
      `UPDATE dashboard_login_throttle SET last_failure_at = now() - make_interval(hours => $2), next_allowed_at = now() - interval '1 second' WHERE address = $1`,
      [F, THROTTLE_FORGET_HOURS + 1],
    );
    expect(await attempt('admin', 'wrong', F)).toMatchObject({ status: 401 });
    expect((await db.query(`SELECT username, failures FROM dashboard_login_throttle WHERE address = $1 ORDER BY username`, [F])).rows)
      .toEqual([{ username: '', failures: 1 }, { username: 'admin', failures: 1 }]);
  });

  it('audit-logs every refusal, throttled ones counted on one row per address, scope and minute, with the address and the wait', async () => {
    const rows = await refusals('198.51.100.1');
    const wrong = rows.filter((r) => r.reason === 'wrong password');
    const throttled = rows.filter((r) => r.reason === 'throttled');
    expect(wrong).toHaveLength(USER_AND_ADDRESS_THROTTLE.freeFailures + 4);
    expect(wrong.every((r) => r.count === 1)).toBe(true);
    // five throttled attempts (one after the free failures, four in the loop), within a minute or two
    expect(throttled.reduce((n, r) => n + r.count, 0)).toBe(5);
    expect(throttled.length).toBeLessThanOrEqual(2);
    expect(throttled[0]!.detail).toEqual({ username: 'admin', ip: '198.51.100.1', scope: 'user', retryAfterSeconds: 1 });
    expect((await refusals('198.51.100.3')).at(ADDRESS_THROTTLE.freeFailures)).toMatchObject({ reason: 'throttled', detail: { username: 'admin', scope: 'address' } });
    expect((await refusals('198.51.100.6')).map((r) => r.reason)).toContain('unknown user');
  });
});
