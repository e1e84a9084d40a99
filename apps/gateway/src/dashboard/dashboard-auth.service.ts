import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { render, saying, text, type Said, type Text } from '@lib/i18n';
import { AuditRepository, DATABASE, UNIQUE_VIOLATION, type Database } from '@lib/persistence';
import { listed } from '@lib/rules';
import { DashboardAuthRepository, type StoredDashboardUser } from './dashboard-auth.repository';
import { ADDRESS_THROTTLE, THROTTLE_FORGET_HOURS, throttleAddressOf, throttledMessage, USER_AND_ADDRESS_THROTTLE } from './login-throttle';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password';
import { DASHBOARD_ROLES, type DashboardRole, type DashboardUser } from './scope';

/** However active, a session ends this long after log-in. */
export const SESSION_MAX_HOURS = 12;

/** The log-in was refused; status 401, or 429 when throttled (then with the seconds for Retry-After). The log-in page says `text`. */
export class LoginRefused extends HttpException implements Said {
  constructor(readonly text: Text, status: HttpStatus.UNAUTHORIZED | HttpStatus.TOO_MANY_REQUESTS, readonly retryAfterSeconds?: number) {
    super(render(text), status);
  }
}

export interface NewDashboardUser {
  username: string;
  role: DashboardRole;
  /** CBS code (gemeente) or AGB-code (aanbieder) */
  party?: string | null;
  /** omitted: one is generated and returned once */
  password?: string;
}

export interface DashboardUserView {
  username: string;
  role: DashboardRole;
  party: string | null;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export const viewOf = (u: StoredDashboardUser): DashboardUserView => ({
  username: u.username, role: u.role, party: u.partyCode, disabled: u.disabledAt !== null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null, createdAt: u.createdAt.toISOString(),
});

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** Log-in, sessions and the dashboard's users. Every log-in, log-out and user change is audit-logged. */
@Injectable()
export class DashboardAuthService {
  private readonly users: DashboardAuthRepository;
  private readonly audit: AuditRepository;
  /** verified against for unknown usernames, so a wrong username takes as long as a wrong password */
  private readonly dummyHash: Promise<string>;

  constructor(
    @Inject(DATABASE) db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.users = new DashboardAuthRepository(db);
    this.audit = new AuditRepository(db);
    this.dummyHash = hashPassword(randomBytes(16).toString('hex'));
  }

  /**
   * A session token for the user, or LoginRefused. Wrong passwords and unknown usernames slow
   * down the client address, for that username and across all (login-throttle.ts); a throttled
   * attempt is refused with 429 before its password is looked at, and is not counted.
   */
  async login(usernameInput: string, password: string, ip: string): Promise<{ token: string; user: DashboardUser }> {
    const username = usernameInput.trim().toLowerCase();
    const named = USERNAME.test(username) ? username : undefined;
    const address = throttleAddressOf(ip);
    const refuse = async (reason: string, said: Text, throttle?: { scope: 'user' | 'address'; retryAfterSeconds: number }): Promise<never> => {
      const entry = { partyId: null, actor: `dashboard:${username || '(empty)'}`, action: 'dashboard.login', outcome: 'refused' as const, reason, detail: { username, ip, ...throttle } };
      // A flood of throttled attempts is one counted row per address, scope and minute (an unbounded log is a weapon too).
      if (throttle) await this.audit.recordAggregated(entry, `dashboard.login|${address}|${throttle.scope}|${new Date().toISOString().slice(0, 16)}`);
      else await this.audit.record(entry);
      throw throttle ? new LoginRefused(said, HttpStatus.TOO_MANY_REQUESTS, throttle.retryAfterSeconds) : new LoginRefused(said, HttpStatus.UNAUTHORIZED);
    };
    const wait = await this.users.loginWait(address, named);
    if (wait.user > 0 || wait.address > 0) {
      const scope = wait.user >= wait.address ? 'user' : 'address';
      const retryAfterSeconds = Math.max(1, Math.ceil(Math.max(wait.user, wait.address)));
      return refuse('throttled', throttledMessage(scope, retryAfterSeconds), { scope, retryAfterSeconds });
    }
    const user = named ? await this.users.findUser(named) : undefined;
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !ok) {
      await this.users.recordLoginFailure(address, named, { address: ADDRESS_THROTTLE, user: USER_AND_ADDRESS_THROTTLE }, THROTTLE_FORGET_HOURS);
      return refuse(user ? 'wrong password' : 'unknown user', text('dashboard.login.wrong'));
    }
    if (user.disabledAt) return refuse('user disabled', text('dashboard.login.disabled'));
    const token = randomBytes(32).toString('base64url');
    await this.users.createSession(token, user.id, randomBytes(32).toString('base64url'), this.config.dashboardSessionMinutes, SESSION_MAX_HOURS);
    await this.users.clearLoginFailures(address, user.username);
    await this.audit.record({ partyId: null, actor: `dashboard:${username}`, action: 'dashboard.login', outcome: 'allowed', detail: { username, ip } });
    return { token, user: { id: user.id, username: user.username, role: user.role, partyCode: user.partyCode } };
  }

  session(token: string): Promise<{ user: DashboardUser; csrfToken: string } | undefined> {
    return this.users.touchSession(token, this.config.dashboardSessionMinutes);
  }

  async logout(token: string, user: DashboardUser, ip: string): Promise<void> {
    await this.users.deleteSession(token);
    await this.audit.record({ partyId: null, actor: `dashboard:${user.username}`, action: 'dashboard.logout', outcome: 'allowed', detail: { username: user.username, ip } });
  }

  /** An audit entry for a dashboard action (export, requeue, refused access). */
  async record(user: DashboardUser, action: string, outcome: 'allowed' | 'refused', detail: Record<string, unknown>, reason?: string): Promise<void> {
    await this.audit.record({ partyId: null, actor: `dashboard:${user.username}`, action: `dashboard.${action}`, outcome, reason: reason ?? null, detail: { username: user.username, ...detail } });
  }

  // ------------------------------------------------------------ users (admin API, CLI, dev seed)

  async createUser(input: NewDashboardUser): Promise<DashboardUserView & { password?: string }> {
    const username = String(input.username ?? '').trim().toLowerCase();
    const problems: Text[] = [];
    const problem = (where: string, said: Text) => problems.push(text('funding.at', { where, problem: said }));
    if (!USERNAME.test(username)) problem('username', text('funding.dashboard-users.username'));
    if (!DASHBOARD_ROLES.includes(input.role)) problem('role', text('funding.dashboard-users.role', { roles: DASHBOARD_ROLES.join(', ') }));
    const party = input.party ?? null;
    if (input.role === 'gemeente' && !/^\d{4}$/.test(party ?? '')) problem('party', text('funding.dashboard-users.gemeente-party'));
    if (input.role === 'aanbieder' && !/^\d{8}$/.test(party ?? '')) problem('party', text('funding.dashboard-users.aanbieder-party'));
    if ((input.role === 'contractteam' || input.role === 'admin') && party) problem('party', text('funding.dashboard-users.no-party', { role: input.role }));
    const generated = input.password === undefined;
    const password = input.password ?? generatePassword();
    const weak = passwordProblem(password);
    if (weak) problem('password', weak);
    // every problem in one text, "; " between them (as the API's validation answers list theirs)
    if (problems.length) throw saying((m) => new BadRequestException(m), listed(problems, '; ') as Text);
    try {
      const user = await this.users.createUser({ username, role: input.role, partyCode: party, passwordHash: await hashPassword(password) });
      return { ...viewOf(user), ...(generated ? { password } : {}) };
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw saying((m) => new ConflictException(m), text('funding.at', { where: 'username', problem: text('funding.dashboard-users.exists', { username }) }));
      }
      throw error;
    }
  }

  async listUsers(): Promise<DashboardUserView[]> {
    return (await this.users.listUsers()).map(viewOf);
  }

  async disableUser(username: string): Promise<DashboardUserView> {
    const user = await this.users.disableUser(username.trim().toLowerCase());
    if (!user) throw saying((m) => new NotFoundException(m), text('funding.at', { where: 'username', problem: text('funding.dashboard-users.unknown', { username }) }));
    return viewOf(user);
  }

  /** For the dev seed: keeps a user whose known password still works, else (re)creates it with a new one. */
  async ensureDemoUser(input: Required<Pick<NewDashboardUser, 'username' | 'role'>> & { party: string | null }, knownPassword: string | undefined): Promise<string> {
    const existing = await this.users.findUser(input.username);
    if (existing && !existing.disabledAt && knownPassword && (await verifyPassword(knownPassword, existing.passwordHash))) return knownPassword;
    const password = generatePassword();
    if (existing) await this.users.setPassword(input.username, await hashPassword(password));
    else await this.createUser({ ...input, password });
    return password;
  }
}
