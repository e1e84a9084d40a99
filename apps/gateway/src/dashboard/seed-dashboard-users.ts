import { readFile } from 'node:fs/promises';
import type { DashboardAuthService } from './dashboard-auth.service';
import type { DashboardRole } from './scope';

export interface DemoDashboardUser {
  username: string;
  role: DashboardRole;
  party: string | null;
  password: string;
}

/** One demo user per role (SEED_DEMO): the contractteam, Delft, the demo aanbieder 12345678, an admin. */
export const DEMO_DASHBOARD_USERS: ReadonlyArray<Omit<DemoDashboardUser, 'password'>> = [
  { username: 'contractteam', role: 'contractteam', party: null },
  { username: 'delft', role: 'gemeente', party: '0503' },
  { username: 'demo-thuiszorg', role: 'aanbieder', party: '12345678' },
  { username: 'admin', role: 'admin', party: null },
];

/** The demo users' passwords of an earlier start, from the dev keys file. */
async function previousPasswords(devKeysFile: string): Promise<Map<string, string>> {
  try {
    const users = (JSON.parse(await readFile(devKeysFile, 'utf8')) as { dashboardUsers?: unknown }).dashboardUsers;
    if (!Array.isArray(users)) return new Map();
    return new Map(users.filter((u) => typeof u?.username === 'string' && typeof u?.password === 'string').map((u) => [u.username as string, u.password as string]));
  } catch {
    return new Map();
  }
}

/** Makes sure the demo users exist with a known password (kept from the last start while it still works). */
export async function seedDashboardUsers(auth: DashboardAuthService, devKeysFile: string): Promise<DemoDashboardUser[]> {
  const known = await previousPasswords(devKeysFile);
  const users: DemoDashboardUser[] = [];
  for (const u of DEMO_DASHBOARD_USERS) users.push({ ...u, password: await auth.ensureDemoUser(u, known.get(u.username)) });
  return users;
}
