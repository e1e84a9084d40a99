import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { registerContractsCommands } from './contracts.command';
import { UsageError } from './validate.command';

/**
 * `iwmo admin ...`: an HTTP client of the gateway's admin API (/v1/admin).
 * The token comes from --token or the dev keys file a gateway started with
 * SEED_DEMO writes; never from the environment. Exit codes: 0 done, 1 the
 * gateway refused or could not be reached (its message on stderr), 2 usage.
 */

export const DEFAULT_URL = 'http://127.0.0.1:8080';
export const DEFAULT_KEYS_FILE = '.data/dev-keys.json';

export interface ConnectionOptions {
  url: string;
  token?: string;
  keysFile: string;
  json?: boolean;
}

/** The gateway answered with an error, or did not answer. */
/** fetch failed: the address is wrong, or the gateway is not running (exit 2). */
export function gatewayUnreachable(address: string, error: unknown): AdminApiError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new AdminApiError(`cannot reach the gateway at ${address} (${cause?.code ?? cause?.message ?? (error as Error).message})`, 2);
}

/** The gateway refused (exit 1), or could not be reached (exit 2: the address or the network is the user's to fix). */
export class AdminApiError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
  }
}

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

function encryptionTable(s: EncryptionStatus): string {
  const ids = [...new Set(counted(s).flatMap((group) => Object.keys(group)))].sort();
  return table(
    ['KEY', 'ACTIVE', 'MESSAGE BODIES', 'WEBHOOK SECRETS', 'BSNS', 'BUILT MESSAGES'],
    ids.map((id) => [id, id === s.activeKeyId ? 'yes' : '', ...counted(s).map((group) => String(group[id] ?? 0))]),
  );
}

export class AdminClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async request<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/v1/admin${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw gatewayUnreachable(this.baseUrl, error);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const detail = (parsed as { detail?: string } | undefined)?.detail ?? (text.slice(0, 200) || response.statusText);
      const hint = response.status === 401 ? ' Check --token, or the adminToken in the dev keys file of the running gateway.' : '';
      throw new AdminApiError(`the gateway answered ${response.status}: ${detail}${hint}`);
    }
    return parsed as T;
  }
}

export async function connect(options: ConnectionOptions): Promise<AdminClient> {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new UsageError(`--url: not a URL: ${options.url}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--url must start with http:// or https://: ${options.url}`);
  return new AdminClient(url.toString().replace(/\/+$/, ''), options.token ?? (await tokenFromKeysFile(options.keysFile)));
}

async function tokenFromKeysFile(file: string): Promise<string> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`no admin token: pass --token, or run where ${file} is (a gateway started with SEED_DEMO writes it), or give --keys-file`);
  }
  let token: unknown;
  try {
    token = (JSON.parse(text) as { adminToken?: unknown }).adminToken;
  } catch {
    throw new UsageError(`${path} is not JSON; pass --token`);
  }
  if (typeof token !== 'string' || !token) throw new UsageError(`${path} holds no adminToken (the gateway has ADMIN_TOKEN set); pass --token`);
  return token;
}

/** The options every admin subcommand takes. */
export function withConnection(command: Command): Command {
  return command
    .option('--url <url>', 'the gateway', DEFAULT_URL)
    .option('--token <token>', `admin token (default: adminToken from ${DEFAULT_KEYS_FILE})`)
    .option('--keys-file <path>', 'dev keys file to take the admin token from', DEFAULT_KEYS_FILE)
    .option('--json', 'print the JSON the gateway answered');
}

/**
 * Runs an admin action: connects, calls, prints; a refusal from the gateway
 * becomes exit code 1 with its message, an unreachable gateway exit code 2. Commander passes the positional
 * arguments, then the options, then the command.
 */
export function action<O extends object>(fn: (client: AdminClient, print: Printer, options: O, ...args: string[]) => Promise<void>) {
  return async (...args: unknown[]): Promise<void> => {
    const options = args.at(-2) as O & ConnectionOptions;
    try {
      const client = await connect(options);
      await fn(client, new Printer(options.json === true), options, ...(args.slice(0, -2) as string[]));
    } catch (error) {
      if (!(error instanceof AdminApiError)) throw error;
      process.stderr.write(`iwmo: ${error.message}\n`);
      process.exitCode = error.exitCode;
    }
  };
}

export class Printer {
  constructor(readonly json: boolean) {}

  /** JSON as answered with --json, else the human text. */
  result(value: unknown, human: () => string): void {
    process.stdout.write(this.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
  }
}

export function table(header: string[], rows: string[][]): string {
  if (!rows.length) return '(none)';
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const secretLine = (p: Party) => (p.webhookSecret ? `\nWebhook signing secret (shown this once; give it to the receiver): ${p.webhookSecret}` : '');
const deliveryOf = (p: Party) => (p.deliveryChannel === 'webhook' ? `webhook ${p.webhookUrl}` : 'mailbox');

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('expected a whole number from 1 to 1000');
  return n;
}

export function registerAdminCommands(program: Command): void {
  const admin = program
    .command('admin')
    .description('administer a running gateway through its admin API: parties, API keys, delivery channels, dead letters');

  // ---- parties ---------------------------------------------------------------
  const party = admin.command('party').description('gemeenten and aanbieders');

  withConnection(party.command('add'))
    .description('register a party: a gemeente by its CBS code or an aanbieder by its AGB-code')
    .addOption(new Option('--role <role>', 'gemeente or aanbieder').choices(['gemeente', 'aanbieder']).makeOptionMandatory())
    .requiredOption('--code <code>', 'CBS gemeentecode (4 digits) or AGB-code (8 digits)')
    .requiredOption('--name <name>', 'name of the party')
    .option('--webhook <url>', 'deliver by webhook to this URL (default: mailbox)')
    .option('--secret <secret>', 'webhook signing secret (default: generated and shown once)')
    .action(
      action(async (client, print, options: { role: string; code: string; name: string; webhook?: string; secret?: string }) => {
        if (options.secret && !options.webhook) throw new UsageError('--secret goes with --webhook');
        const body = { role: options.role, code: options.code, name: options.name, ...(options.webhook && { webhookUrl: options.webhook }), ...(options.secret && { webhookSecret: options.secret }) };
        const created = await client.request<Party>('POST', '/parties', body);
        print.result(created, () => `Created ${created.role} ${created.code} ${created.name} (delivery: ${deliveryOf(created)}).${secretLine(created)}`);
      }),
    );

  withConnection(party.command('list'))
    .description('all parties')
    .action(
      action(async (client, print) => {
        const parties = await client.request<Party[]>('GET', '/parties');
        print.result(parties, () => table(['ROLE', 'CODE', 'NAME', 'DELIVERY'], parties.map((p) => [p.role, p.code, p.name, deliveryOf(p)])));
      }),
    );

  // ---- API keys ----------------------------------------------------------------
  const key = admin.command('key').description("parties' API keys");

  withConnection(key.command('create'))
    .description('a new API key for a party, shown once (a party may have several: create the new one, switch, revoke the old)')
    .requiredOption('--party <code>', 'the party')
    .option('--label <label>', 'what the key is for')
    .action(
      action(async (client, print, options: { party: string; label?: string }) => {
        const created = await client.request<{ id: string; partyCode: string; label: string | null; key: string }>(
          'POST', `/parties/${encodeURIComponent(options.party)}/keys`, options.label ? { label: options.label } : {},
        );
        print.result(created, () =>
          `Created API key ${created.id} for ${created.partyCode}${created.label ? ` (${created.label})` : ''}. ` +
          `Store it now; the gateway keeps only a hash and cannot show it again:\n${created.key}`);
      }),
    );

  withConnection(key.command('list'))
    .description("a party's API keys (never their secrets)")
    .requiredOption('--party <code>', 'the party')
    .action(
      action(async (client, print, options: { party: string }) => {
        const keys = await client.request<ApiKey[]>('GET', `/parties/${encodeURIComponent(options.party)}/keys`);
        print.result(keys, () => table(['ID', 'LABEL', 'CREATED', 'REVOKED'], keys.map((k) => [k.id, k.label ?? '', k.createdAt, k.revokedAt ?? ''])));
      }),
    );

  withConnection(key.command('revoke'))
    .description('revoke an API key: requests with it are refused from now on')
    .argument('<key-id>', 'the id of the key (the part after iwmo_)')
    .action(
      action(async (client, print, _options, keyId) => {
        const revoked = await client.request<ApiKey>('POST', `/keys/${encodeURIComponent(keyId)}/revoke`);
        print.result(revoked, () => `Revoked API key ${revoked.id} of ${revoked.partyCode} (at ${revoked.revokedAt}).`);
      }),
    );

  // ---- encryption keys of personal data at rest -----------------------------------
  const keys = admin.command('keys').description('the master keys that encrypt personal data at rest (docs/encryption.md)');

  keys.command('generate')
    .description('print a new master key for the key file (256 random bits, base64); make it active, keep the old one, restart, then rotate')
    .option('--id <id>', 'its id', `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`)
    .action((options: { id: string }) => {
      process.stdout.write(`${JSON.stringify({ [options.id]: randomBytes(32).toString('base64') })}\n`);
    });

  withConnection(keys.command('status'))
    .description('which master keys seal how many message bodies and webhook secrets')
    .action(
      action(async (client, print) => {
        const status = await client.request<EncryptionStatus>('GET', '/encryption');
        print.result(status, () => encryptionTable(status));
      }),
    );

  withConnection(keys.command('rotate'))
    .description('re-wrap everything still under an older key under the active key, in the background; shows progress until done')
    .option('--no-wait', 'start it and return')
    .action(
      action(async (client, print, options: { wait: boolean }) => {
        let status = await client.request<EncryptionStatus>('POST', '/encryption/rotate');
        while (options.wait && status.rotation.running) {
          process.stderr.write(`re-wrapped ${status.rotation.rewrapped} so far, ${stale(status)} to go\n`);
          await new Promise((done) => setTimeout(done, 1_000));
          status = await client.request<EncryptionStatus>('GET', '/encryption');
        }
        if (status.rotation.error) throw new AdminApiError(`the rotation stopped: ${status.rotation.error}`);
        print.result(status, () => `${status.rotation.running ? 'Rotation started' : `Rotation done: ${status.rotation.rewrapped} re-wrapped`}; ${stale(status)} value(s) not under ${status.activeKeyId}.\n${encryptionTable(status)}`);
      }),
    );

  // ---- delivery channel, dead letters ------------------------------------------
  const delivery = admin.command('delivery').description('how a party receives its messages');

  withConnection(delivery.command('set'))
    .description("set a party's delivery channel: --mailbox (it fetches) or --webhook URL (the gateway POSTs, signed)")
    .requiredOption('--party <code>', 'the party')
    .option('--mailbox', 'the party fetches its messages from /v1/mailbox')
    .option('--webhook <url>', 'the gateway POSTs each message to this URL')
    .option('--secret <secret>', 'webhook signing secret (default: keep the current one, or generate one, shown once)')
    .action(
      action(async (client, print, options: { party: string; mailbox?: boolean; webhook?: string; secret?: string }) => {
        if (Boolean(options.mailbox) === Boolean(options.webhook)) throw new UsageError('give either --mailbox or --webhook URL');
        if (options.secret && !options.webhook) throw new UsageError('--secret goes with --webhook');
        const body = options.webhook
          ? { channel: 'webhook', webhookUrl: options.webhook, ...(options.secret && { webhookSecret: options.secret }) }
          : { channel: 'mailbox' };
        const updated = await client.request<Party>('PUT', `/parties/${encodeURIComponent(options.party)}/delivery`, body);
        print.result(updated, () => `${updated.code} ${updated.name} now receives by ${deliveryOf(updated)}.${secretLine(updated)}`);
      }),
    );

  withConnection(admin.command('deliveries'))
    .description('deliveries by status, oldest first')
    .addOption(
      new Option('--status <status>', 'pending, delayed (webhook deliveries waiting for a retry), fetched, delivered, acked or dead')
        .choices(['pending', 'delayed', 'fetched', 'delivered', 'acked', 'dead']).default('dead'),
    )
    .option('--limit <n>', 'at most this many (1-1000)', positiveInt, 100)
    .action(
      action(async (client, print, options: { status: string; limit: number }) => {
        const rows = await client.request<Delivery[]>('GET', `/deliveries?status=${options.status}&limit=${options.limit}`);
        print.result(rows, () =>
          table(['ID', 'PARTY', 'CHANNEL', 'STATUS', 'ATTEMPTS', 'CREATED', 'LAST ERROR'],
            rows.map((d) => [d.id, d.partyCode, d.channel, d.status, String(d.attempts), d.createdAt, d.lastError ?? ''])));
      }),
    );

  withConnection(admin.command('requeue'))
    .description('put a dead delivery back: pending again, a webhook delivery handed to the queue')
    .argument('<delivery-id>', 'the delivery (see iwmo admin deliveries)')
    .action(
      action(async (client, print, _options, deliveryId) => {
        const requeued = await client.request<Delivery>('POST', `/deliveries/${encodeURIComponent(deliveryId)}/requeue`);
        print.result(requeued, () => `Requeued delivery ${requeued.id} to ${requeued.partyCode} (${requeued.channel}); it is ${requeued.status} again.`);
      }),
    );

  withConnection(admin.command('audit'))
    .description('recent audit log entries, newest first')
    .option('--limit <n>', 'at most this many (1-1000)', positiveInt, 50)
    .action(
      action(async (client, print, options: { limit: number }) => {
        const entries = await client.request<AuditEntry[]>('GET', `/audit?limit=${options.limit}`);
        print.result(entries, () => table(['AT', 'ACTOR', 'OUTCOME', 'ACTION', 'REASON'], entries.map((e) => [e.at, e.actor, e.outcome, e.action, e.reason ?? ''])));
      }),
    );

  registerContractsCommands(admin);
}
