import { Command, Option } from 'commander';
import type { Lang } from '@lib/i18n';
import { action, withConnection } from './admin-client';
import { sayIn } from './lang';
import { table } from './table';
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

export function registerUsersCommands(program: Command, lang: Lang): void {
  const say = sayIn(lang);
  const admin = program.commands.find((c) => c.name() === 'admin');
  if (!admin) throw new Error('register the admin commands first');
  const users = admin.command('users').description(say('cli.users.description'));

  withConnection(users.command('add'), say)
    .description(say('cli.users.add'))
    .requiredOption('--username <name>', say('cli.users.option-username'))
    .addOption(new Option('--role <role>', say('cli.users.option-role')).choices(ROLES).makeOptionMandatory())
    .option('--party <code>', say('cli.users.option-party'))
    .option('--password-stdin', say('cli.users.option-password-stdin'))
    .action(
      action(lang, async (client, print, options: { username: string; role: string; party?: string; passwordStdin?: boolean }) => {
        if ((options.role === 'gemeente' || options.role === 'aanbieder') && !options.party) throw new UsageError(say('cli.users.party-needed', { role: options.role }));
        const password = options.passwordStdin ? await readStdin() : undefined;
        const created = await client.request<DashboardUser>('POST', '/dashboard-users', {
          username: options.username, role: options.role, ...(options.party && { party: options.party }), ...(password !== undefined && { password }),
        });
        print.result(created, () =>
          say('cli.users.created', { username: created.username, role: `${created.role}${created.party ? ` ${created.party}` : ''}` }) +
          (created.password ? `\n${say('cli.users.password', { password: created.password })}` : ''));
      }),
    );

  withConnection(users.command('list'), say)
    .description(say('cli.users.list'))
    .action(
      action(lang, async (client, print) => {
        const list = await client.request<DashboardUser[]>('GET', '/dashboard-users');
        print.result(list, () => table(
          [say('cli.users.column-username'), say('cli.admin.column-role'), say('cli.admin.column-party'), say('cli.admin.column-status'), say('cli.users.column-last-login')],
          list.map((u) => [u.username, u.role, u.party ?? '', u.disabled ? say('cli.users.disabled') : say('cli.users.active'), u.lastLoginAt ?? '']),
          { none: say('cli.program.none') },
        ));
      }),
    );

  withConnection(users.command('disable'), say)
    .description(say('cli.users.disable'))
    .argument('<username>', say('cli.users.argument-username'))
    .action(
      action(lang, async (client, print, _options, username) => {
        const user = await client.request<DashboardUser>('POST', `/dashboard-users/${encodeURIComponent(username)}/disable`);
        print.result(user, () => say('cli.users.disabled-user', { username: user.username }));
      }),
    );
}
