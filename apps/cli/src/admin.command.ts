import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatNumber, type Lang } from '@lib/i18n';
import { action, AdminApiError, withConnection } from './admin-client';
import { registerContractsCommands } from './contracts.command';
import { sayIn } from './lang';
import { table } from './table';
import { UsageError } from './validate.command';

/** `iwmo admin ...`: parties, keys, deliveries, the audit log and encryption keys, through the gateway's admin API (/v1/admin; admin-client.ts). */

export { AdminApiError } from './admin-client';

interface Party {
  role: string;
  code: string;
  name: string;
  deliveryChannel: string;
  webhookUrl: string | null;
  webhookSecret?: string;
}
interface ApiKey {
  id: string;
  partyCode: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}
interface Delivery {
  id: string;
  messageId: string;
  partyCode: string;
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
}
interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  outcome: string;
  reason: string | null;
}

interface EncryptionStatus {
  activeKeyId: string;
  messages: Record<string, number>;
  webhookSecrets: Record<string, number>;
  bsns: Record<string, number>;
  builtMessages: Record<string, number>;
  rotation: { running: boolean; rewrapped: number; error: string | null };
}

const counted = (s: EncryptionStatus): Array<Record<string, number>> => [s.messages, s.webhookSecrets, s.bsns ?? {}, s.builtMessages ?? {}];

/** Values not yet under the active key. */
const stale = (s: EncryptionStatus): number =>
  counted(s).flatMap((group) => Object.entries(group)).reduce((n, [key, count]) => n + (key === s.activeKeyId ? 0 : count), 0);

function encryptionTable(s: EncryptionStatus, lang: Lang): string {
  const say = sayIn(lang);
  const ids = [...new Set(counted(s).flatMap((group) => Object.keys(group)))].sort();
  return table(
    [say('cli.admin.column-key'), say('cli.admin.column-active'), say('cli.admin.column-message-bodies'), say('cli.admin.column-webhook-secrets'), say('cli.admin.column-bsns'), say('cli.admin.column-built-messages')],
    ids.map((id) => [id, id === s.activeKeyId ? say('cli.program.yes') : '', ...counted(s).map((group) => formatNumber(group[id] ?? 0, lang))]),
    { none: say('cli.program.none') },
  );
}

const deliveryOf = (p: Party) => (p.deliveryChannel === 'webhook' ? `webhook ${p.webhookUrl}` : 'mailbox');

export function registerAdminCommands(program: Command, lang: Lang): void {
  const say = sayIn(lang);
  const none = { none: say('cli.program.none') };
  const secretLine = (p: Party) => (p.webhookSecret ? `\n${say('cli.admin.webhook-secret', { secret: p.webhookSecret })}` : '');
  const limit = (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError(say('cli.admin.bad-limit'));
    return n;
  };
  const admin = program.command('admin').description(say('cli.admin.description'));

  // ---- parties ---------------------------------------------------------------
  const party = admin.command('party').description(say('cli.admin.party'));

  withConnection(party.command('add'), say)
    .description(say('cli.admin.party-add'))
    .addOption(new Option('--role <role>', say('cli.admin.option-role')).choices(['gemeente', 'aanbieder']).makeOptionMandatory())
    .requiredOption('--code <code>', say('cli.admin.option-code'))
    .requiredOption('--name <name>', say('cli.admin.option-name'))
    .option('--webhook <url>', say('cli.admin.option-party-webhook'))
    .option('--secret <secret>', say('cli.admin.option-party-secret'))
    .action(
      action(lang, async (client, print, options: { role: string; code: string; name: string; webhook?: string; secret?: string }) => {
        if (options.secret && !options.webhook) throw new UsageError(say('cli.admin.secret-without-webhook'));
        const body = { role: options.role, code: options.code, name: options.name, ...(options.webhook && { webhookUrl: options.webhook }), ...(options.secret && { webhookSecret: options.secret }) };
        const created = await client.request<Party>('POST', '/parties', body);
        print.result(created, () => `${say('cli.admin.party-created', { role: created.role, code: created.code, name: created.name, delivery: deliveryOf(created) })}${secretLine(created)}`);
      }),
    );

  withConnection(party.command('list'), say)
    .description(say('cli.admin.party-list'))
    .action(
      action(lang, async (client, print) => {
        const parties = await client.request<Party[]>('GET', '/parties');
        print.result(parties, () => table(
          [say('cli.admin.column-role'), say('cli.admin.column-code'), say('cli.admin.column-name'), say('cli.admin.column-delivery')],
          parties.map((p) => [p.role, p.code, p.name, deliveryOf(p)]),
          none,
        ));
      }),
    );

  // ---- API keys ----------------------------------------------------------------
  const key = admin.command('key').description(say('cli.admin.key'));

  withConnection(key.command('create'), say)
    .description(say('cli.admin.key-create'))
    .requiredOption('--party <code>', say('cli.admin.option-party'))
    .option('--label <label>', say('cli.admin.option-label'))
    .action(
      action(lang, async (client, print, options: { party: string; label?: string }) => {
        const created = await client.request<{ id: string; partyCode: string; label: string | null; key: string }>(
          'POST', `/parties/${encodeURIComponent(options.party)}/keys`, options.label ? { label: options.label } : {},
        );
        print.result(created, () => say('cli.admin.key-created', { id: created.id, party: created.partyCode, label: created.label ? ` (${created.label})` : '', key: created.key }));
      }),
    );

  withConnection(key.command('list'), say)
    .description(say('cli.admin.key-list'))
    .requiredOption('--party <code>', say('cli.admin.option-party'))
    .action(
      action(lang, async (client, print, options: { party: string }) => {
        const keys = await client.request<ApiKey[]>('GET', `/parties/${encodeURIComponent(options.party)}/keys`);
        print.result(keys, () => table(
          [say('cli.admin.column-id'), say('cli.admin.column-label'), say('cli.admin.column-created'), say('cli.admin.column-revoked')],
          keys.map((k) => [k.id, k.label ?? '', k.createdAt, k.revokedAt ?? '']),
          none,
        ));
      }),
    );

  withConnection(key.command('revoke'), say)
    .description(say('cli.admin.key-revoke'))
    .argument('<key-id>', say('cli.admin.argument-key-id'))
    .action(
      action(lang, async (client, print, _options, keyId) => {
        const revoked = await client.request<ApiKey>('POST', `/keys/${encodeURIComponent(keyId)}/revoke`);
        print.result(revoked, () => say('cli.admin.key-revoked', { id: revoked.id, party: revoked.partyCode, at: revoked.revokedAt ?? '' }));
      }),
    );

  // ---- encryption keys of personal data at rest -----------------------------------
  const keys = admin.command('keys').description(say('cli.admin.keys'));

  keys.command('generate')
    .description(say('cli.admin.keys-generate'))
    .option('--id <id>', say('cli.admin.option-key-id'), `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`)
    .action((options: { id: string }) => {
      process.stdout.write(`${JSON.stringify({ [options.id]: randomBytes(32).toString('base64') })}\n`);
    });

  withConnection(keys.command('status'), say)
    .description(say('cli.admin.keys-status'))
    .action(
      action(lang, async (client, print) => {
        const status = await client.request<EncryptionStatus>('GET', '/encryption');
        print.result(status, () => encryptionTable(status, lang));
      }),
    );

  withConnection(keys.command('rotate'), say)
    .description(say('cli.admin.keys-rotate'))
    .option('--no-wait', say('cli.admin.option-no-wait'))
    .action(
      action(lang, async (client, print, options: { wait: boolean }) => {
        let status = await client.request<EncryptionStatus>('POST', '/encryption/rotate');
        while (options.wait && status.rotation.running) {
          process.stderr.write(`${say('cli.admin.rotate-progress', { rewrapped: status.rotation.rewrapped, stale: stale(status) })}\n`);
          await new Promise((done) => setTimeout(done, 1_000));
          status = await client.request<EncryptionStatus>('GET', '/encryption');
        }
        if (status.rotation.error) throw new AdminApiError(say('cli.admin.rotate-stopped', { error: status.rotation.error }));
        const state = status.rotation.running ? say('cli.admin.rotate-started') : say('cli.admin.rotate-done', { rewrapped: status.rotation.rewrapped });
        print.result(status, () => `${say('cli.admin.rotate-stale', { state, stale: stale(status), key: status.activeKeyId })}\n${encryptionTable(status, lang)}`);
      }),
    );

  // ---- delivery channel, dead letters ------------------------------------------
  const delivery = admin.command('delivery').description(say('cli.admin.delivery'));

  withConnection(delivery.command('set'), say)
    .description(say('cli.admin.delivery-set'))
    .requiredOption('--party <code>', say('cli.admin.option-party'))
    .option('--mailbox', say('cli.admin.option-mailbox'))
    .option('--webhook <url>', say('cli.admin.option-webhook'))
    .option('--secret <secret>', say('cli.admin.option-secret'))
    .action(
      action(lang, async (client, print, options: { party: string; mailbox?: boolean; webhook?: string; secret?: string }) => {
        if (Boolean(options.mailbox) === Boolean(options.webhook)) throw new UsageError(say('cli.admin.mailbox-or-webhook'));
        if (options.secret && !options.webhook) throw new UsageError(say('cli.admin.secret-without-webhook'));
        const body = options.webhook
          ? { channel: 'webhook', webhookUrl: options.webhook, ...(options.secret && { webhookSecret: options.secret }) }
          : { channel: 'mailbox' };
        const updated = await client.request<Party>('PUT', `/parties/${encodeURIComponent(options.party)}/delivery`, body);
        print.result(updated, () => `${say('cli.admin.delivery-changed', { code: updated.code, name: updated.name, delivery: deliveryOf(updated) })}${secretLine(updated)}`);
      }),
    );

  withConnection(admin.command('deliveries'), say)
    .description(say('cli.admin.deliveries'))
    .addOption(
      new Option('--status <status>', say('cli.admin.option-status'))
        .choices(['pending', 'delayed', 'fetched', 'delivered', 'acked', 'dead']).default('dead'),
    )
    .option('--limit <n>', say('cli.admin.option-limit'), limit, 100)
    .action(
      action(lang, async (client, print, options: { status: string; limit: number }) => {
        const rows = await client.request<Delivery[]>('GET', `/deliveries?status=${options.status}&limit=${options.limit}`);
        print.result(rows, () => table(
          [say('cli.admin.column-id'), say('cli.admin.column-party'), say('cli.admin.column-channel'), say('cli.admin.column-status'),
            say('cli.admin.column-attempts'), say('cli.admin.column-created'), say('cli.admin.column-last-error')],
          rows.map((d) => [d.id, d.partyCode, d.channel, d.status, formatNumber(d.attempts, lang), d.createdAt, d.lastError ?? '']),
          none,
        ));
      }),
    );

  withConnection(admin.command('requeue'), say)
    .description(say('cli.admin.requeue'))
    .argument('<delivery-id>', say('cli.admin.argument-delivery-id'))
    .action(
      action(lang, async (client, print, _options, deliveryId) => {
        const requeued = await client.request<Delivery>('POST', `/deliveries/${encodeURIComponent(deliveryId)}/requeue`);
        print.result(requeued, () => say('cli.admin.requeued', { id: requeued.id, party: requeued.partyCode, channel: requeued.channel, status: requeued.status }));
      }),
    );

  withConnection(admin.command('audit'), say)
    .description(say('cli.admin.audit'))
    .option('--limit <n>', say('cli.admin.option-limit'), limit, 50)
    .action(
      action(lang, async (client, print, options: { limit: number }) => {
        const entries = await client.request<AuditEntry[]>('GET', `/audit?limit=${options.limit}`);
        print.result(entries, () => table(
          [say('cli.admin.column-at'), say('cli.admin.column-actor'), say('cli.admin.column-outcome'), say('cli.admin.column-action'), say('cli.admin.column-reason')],
          entries.map((e) => [e.at, e.actor, e.outcome, e.action, e.reason ?? '']),
          none,
        ));
      }),
    );

  registerContractsCommands(admin, lang);
}
