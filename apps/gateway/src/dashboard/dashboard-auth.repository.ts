import { createHash } from 'node:crypto';
import type { Queryable } from '@lib/persistence';
import type { LoginThrottleRule } from './login-throttle';
import type { DashboardRole, DashboardUser } from './scope';

export interface StoredDashboardUser extends DashboardUser {
  readonly passwordHash: string;
  readonly disabledAt: Date | null;
  readonly lastLoginAt: Date | null;
  readonly createdAt: Date;
}

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: DashboardRole;
  party_code: string | null;
  disabled_at: Date | null;
  last_login_at: Date | null;
  created_at: Date;
}

const toUser = (r: UserRow): StoredDashboardUser => ({
  id: r.id, username: r.username, passwordHash: r.password_hash, role: r.role, partyCode: r.party_code,
  disabledAt: r.disabled_at, lastLoginAt: r.last_login_at, createdAt: r.created_at,
});

export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Dashboard users, their sessions (migration 007) and the log-in throttle (011). */
export class DashboardAuthRepository {
  constructor(private readonly db: Queryable) {}

  async createUser(u: { username: string; passwordHash: string; role: DashboardRole; partyCode: string | null }): Promise<StoredDashboardUser> {
    const { rows } = await this.db.query<UserRow>(
      'INSERT INTO dashboard_users (username, password_hash, role, party_code) VALUES ($1, $2, $3, $4) RETURNING *',
      [u.username, u.passwordHash, u.role, u.partyCode],
    );
    return toUser(rows[0]!);
  }

  async findUser(username: string): Promise<StoredDashboardUser | undefined> {
    const { rows } = await this.db.query<UserRow>('SELECT * FROM dashboard_users WHERE username = $1', [username]);
    return rows[0] && toUser(rows[0]);
  }

  async listUsers(): Promise<StoredDashboardUser[]> {
    const { rows } = await this.db.query<UserRow>('SELECT * FROM dashboard_users ORDER BY username');
    return rows.map(toUser);
  }

  async setPassword(username: string, passwordHash: string): Promise<void> {
    await this.db.query('UPDATE dashboard_users SET password_hash = $2, disabled_at = NULL WHERE username = $1', [username, passwordHash]);
  }

  /** Disables the user and ends all its sessions; false when there is no such user. */
  async disableUser(username: string): Promise<StoredDashboardUser | undefined> {
    const { rows } = await this.db.query<UserRow>(
      'UPDATE dashboard_users SET disabled_at = COALESCE(disabled_at, now()) WHERE username = $1 RETURNING *',
      [username],
    );
    if (rows[0]) await this.db.query('DELETE FROM dashboard_sessions WHERE user_id = $1', [rows[0].id]);
    return rows[0] && toUser(rows[0]);
  }

  async createSession(token: string, userId: string, csrfToken: string, idleMinutes: number, absoluteHours: number): Promise<void> {
    await this.db.query(
      `INSERT INTO dashboard_sessions (id, user_id, csrf_token, expires_at, absolute_expires_at)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4), now() + make_interval(hours => $5))`,
      [sessionIdOf(token), userId, csrfToken, idleMinutes, absoluteHours],
    );
    await this.db.query('UPDATE dashboard_users SET last_login_at = now() WHERE id = $1', [userId]);
    // expired sessions of anyone are cleared on each log-in, so the table does not grow
    await this.db.query('DELETE FROM dashboard_sessions WHERE expires_at < now() OR absolute_expires_at < now()');
  }

  /**
   * The user of a live session, its idle expiry moved forward; undefined when the session is
   * unknown, expired or its user disabled.
   */
  async touchSession(token: string, idleMinutes: number): Promise<{ user: DashboardUser; csrfToken: string } | undefined> {
    const { rows } = await this.db.query<UserRow & { csrf_token: string }>(
      `UPDATE dashboard_sessions s SET expires_at = LEAST(now() + make_interval(mins => $2), s.absolute_expires_at)
       FROM dashboard_users u
       WHERE s.id = $1 AND u.id = s.user_id AND s.expires_at > now() AND s.absolute_expires_at > now() AND u.disabled_at IS NULL
       RETURNING u.*, s.csrf_token`,
      [sessionIdOf(token), idleMinutes],
    );
    const r = rows[0];
    return r && { user: { id: r.id, username: r.username, role: r.role, partyCode: r.party_code }, csrfToken: r.csrf_token };
  }

  async deleteSession(token: string): Promise<void> {
    await this.db.query('DELETE FROM dashboard_sessions WHERE id = $1', [sessionIdOf(token)]);
  }

  /**
   * Seconds until the address may try to log in again: across all usernames, and for this
   * username (undefined: only the address counts); 0 when it may try now.
   */
  async loginWait(address: string, username: string | undefined): Promise<{ address: number; user: number }> {
    const { rows } = await this.db.query<{ username: string; wait_seconds: number }>(
      `SELECT username, EXTRACT(EPOCH FROM next_allowed_at - now())::float8 AS wait_seconds
       FROM dashboard_login_throttle WHERE address = $1 AND username IN ('', $2) AND next_allowed_at > now()`,
      [address, username ?? ''],
    );
    const wait = (u: string) => rows.find((r) => r.username === u)?.wait_seconds ?? 0;
    return { address: wait(''), user: username ? wait(username) : 0 };
  }

  /**
   * Counts one failed log-in for the address and, when given, the username from that address:
   * each counter moves the next allowed attempt out by its rule's delay (migration 011).
   * Counters quiet for `forgetHours` start again, and their rows are removed.
   */
  async recordLoginFailure(address: string, username: string | undefined, rules: { address: LoginThrottleRule; user: LoginThrottleRule }, forgetHours: number): Promise<void> {
    await this.db.query('DELETE FROM dashboard_login_throttle WHERE last_failure_at < now() - make_interval(hours => $1)', [forgetHours]);
    await this.countFailure(address, '', rules.address);
    if (username) await this.countFailure(address, username, rules.user);
  }

  /** A successful log-in: the username starts again from zero on this address (the address's own counter stays). */
  async clearLoginFailures(address: string, username: string): Promise<void> {
    await this.db.query('DELETE FROM dashboard_login_throttle WHERE address = $1 AND username = $2', [address, username]);
  }

  private async countFailure(address: string, username: string, rule: LoginThrottleRule): Promise<void> {
    // 1 s, 2 s, 4 s ... after rule.freeFailures failures, capped
    const delayAfter = (failures: string) =>
      `CASE WHEN ${failures} >= $3::int THEN make_interval(secs => LEAST(power(2, ${failures} - $3::int), $4::float8)) ELSE interval '0' END`;
    await this.db.query(
      `INSERT INTO dashboard_login_throttle AS t (address, username, failures, last_failure_at, next_allowed_at)
       VALUES ($1, $2, 1, now(), now() + ${delayAfter('1')})
       ON CONFLICT (address, username) DO UPDATE SET
         failures = t.failures + 1, last_failure_at = now(), next_allowed_at = now() + ${delayAfter('(t.failures + 1)')}`,
      [address, username, rule.freeFailures, rule.maxDelaySeconds],
    );
  }
}
