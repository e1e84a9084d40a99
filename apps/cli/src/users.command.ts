import { Command, Option } from 'commander';
import { DEFAULT_LANG, type Lang } from '@lib/i18n';
import { action, withConnection } from './admin.command';
import { sayIn } from './lang';
import { table as tableOf } from './table';

const table = (header: string[], rows: string[][]) => tableOf(header, rows, { none: '(none)' });
import { UsageError } from './validate.command';

/**
 * `iwmo admin users add|list|disable`: the people who log in to the dashboard (/dashboard),
 * through the gateway's admin API (/v1/admin/dashboard-users). Separate from parties' API keys.
 */

interface DashboardUser {
  username: string;
  role: string;
  party: string | null;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  password?: string;
}

const ROLES = ['contractteam', 'gemeente', 'aanbieder', 'admin'];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export function registerUsersCommands(program: Command, lang: Lang = DEFAULT_LANG): void {
  const say = sayIn(lang);
  const admin = program.commands.find((c) => c.name() === 'admin');
  if (!admin) throw new Error('register the admin commands first');
  const users = admin.command('users').description('people who log in to the dashboard (/dashboard)');

  withConnection(users.command('add'), say)
    .description('a dashboard user; the password is generated and shown once unless given on stdin')
    .requiredOption('--username <name>', 'lower-case letters, digits, ".", "_", "-"')
    .addOption(new Option('--role <role>', 'what the user may see').choices(ROLES).makeOptionMandatory())
    .option('--party <code>', 'CBS gemeentecode (role gemeente) or AGB-code (role aanbieder)')
    .option('--password-stdin', 'read the password (at least 12 characters) from stdin instead of generating one')
    .action(
      action(lang, async (client, print, options: { username: string; role: string; party?: string; passwordStdin?: boolean }) => {
        if ((options.role === 'gemeente' || options.role === 'aanbieder') && !options.party) throw new UsageError(`--party is needed for role ${options.role}`);
        const password = options.passwordStdin ? await readStdin() : undefined;
        const created = await client.request<DashboardUser>('POST', '/dashboard-users', {
          username: options.username, role: options.role, ...(options.party && { party: options.party }), ...(password !== undefined && { password }),
        });
        print.result(created, () =>
          `Created dashboard user ${created.username} (${created.role}${created.party ? ` ${created.party}` : ''}).` +
          (created.password ? `\nPassword (shown this once; hand it over safely): ${created.password}` : ''));
      }),
    );

  withConnection(users.command('list'), say)
    .description('all dashboard users (never their passwords)')
    .action(
      action(lang, async (client, print) => {
        const list = await client.request<DashboardUser[]>('GET', '/dashboard-users');
        print.result(list, () => table(
          ['USERNAME', 'ROLE', 'PARTY', 'STATUS', 'LAST LOG-IN'],
          list.map((u) => [u.username, u.role, u.party ?? '', u.disabled ? 'disabled' : 'active', u.lastLoginAt ?? '']),
        ));
      }),
    );

  withConnection(users.command('disable'), say)
    .description('disable a dashboard user; its sessions end at once')
    .argument('<username>', 'the user')
    .action(
      action(lang, async (client, print, _options, username) => {
        const user = await client.request<DashboardUser>('POST', `/dashboard-users/${encodeURIComponent(username)}/disable`);
        print.result(user, () => `Disabled dashboard user ${user.username}; its sessions have ended.`);
      }),
    );
}
