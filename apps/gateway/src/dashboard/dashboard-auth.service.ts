import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { AuditRepository, DATABASE, UNIQUE_VIOLATION, type Database } from '@lib/persistence';
import { DashboardAuthRepository, type StoredDashboardUser } from './dashboard-auth.repository';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password';
import { DASHBOARD_ROLES, type DashboardRole, type DashboardUser } from './scope';

/** Failed log-ins counted over this window ... */
export const THROTTLE_WINDOW_MINUTES = 15;
/** ... may be at most this many per username, */
export const MAX_FAILURES_PER_USER = 5;
/** and this many per address (someone trying many usernames). */
export const MAX_FAILURES_PER_IP = 20;
/** However active, a session ends this long after log-in. */
export const SESSION_MAX_HOURS = 12;

/** The log-in was refused; status 401, or 429 when throttled. */
export class LoginRefused extends HttpException {
  constructor(message: string, status: HttpStatus.UNAUTHORIZED | HttpStatus.TOO_MANY_REQUESTS) {
    super(message, status);
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

  /** A session token for the user, or LoginRefused. */
  async login(usernameInput: string, password: string, ip: string): Promise<{ token: string; user: DashboardUser }> {
    const username = usernameInput.trim().toLowerCase();
    const refuse = async (reason: string, message: string, status: HttpStatus.UNAUTHORIZED | HttpStatus.TOO_MANY_REQUESTS = HttpStatus.UNAUTHORIZED): Promise<never> => {
      await this.audit.record({ partyId: null, actor: `dashboard:${username || '(empty)'}`, action: 'dashboard.login', outcome: 'refused', reason, detail: { username, ip } });
      throw new LoginRefused(message, status);
    };
    const failures = await this.users.recentFailures(username, ip, THROTTLE_WINDOW_MINUTES);
    if (failures.forUser >= MAX_FAILURES_PER_USER || failures.fromIp >= MAX_FAILURES_PER_IP) {
      return refuse('throttled', `Too many failed log-ins; wait ${THROTTLE_WINDOW_MINUTES} minutes and try again, or ask an admin to reset your password.`, HttpStatus.TOO_MANY_REQUESTS);
    }
    const user = USERNAME.test(username) ? await this.users.findUser(username) : undefined;
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !ok) return refuse(user ? 'wrong password' : 'unknown user', 'Username or password is wrong.');
    if (user.disabledAt) return refuse('user disabled', 'This account is disabled; ask an admin.');
    const token = randomBytes(32).toString('base64url');
    await this.users.createSession(token, user.id, randomBytes(32).toString('base64url'), this.config.dashboardSessionMinutes, SESSION_MAX_HOURS);
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
    const problems: string[] = [];
    if (!USERNAME.test(username)) problems.push('username: 2 to 63 characters, lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');
    if (!DASHBOARD_ROLES.includes(input.role)) problems.push(`role: must be one of ${DASHBOARD_ROLES.join(', ')}`);
    const party = input.party ?? null;
    if (input.role === 'gemeente' && !/^\d{4}$/.test(party ?? '')) problems.push('party: a gemeente user needs the CBS gemeentecode (4 digits), e.g. 0503');
    if (input.role === 'aanbieder' && !/^\d{8}$/.test(party ?? '')) problems.push('party: an aanbieder user needs the AGB-code (8 digits)');
    if ((input.role === 'contractteam' || input.role === 'admin') && party) problems.push(`party: a ${input.role} user sees all gemeenten; leave party out`);
    const generated = input.password === undefined;
    const password = input.password ?? generatePassword();
    const weak = passwordProblem(password);
    if (weak) problems.push(weak);
    if (problems.length) throw new BadRequestException(problems);
    try {
      const user = await this.users.createUser({ username, role: input.role, partyCode: party, passwordHash: await hashPassword(password) });
      return { ...viewOf(user), ...(generated ? { password } : {}) };
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new ConflictException(`username: ${username} exists; choose another name, or disable the old user first`);
      throw error;
    }
  }

  async listUsers(): Promise<DashboardUserView[]> {
    return (await this.users.listUsers()).map(viewOf);
  }

  async disableUser(username: string): Promise<DashboardUserView> {
    const user = await this.users.disableUser(username.trim().toLowerCase());
    if (!user) throw new NotFoundException(`username: no dashboard user ${username}; see the list of users`);
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
