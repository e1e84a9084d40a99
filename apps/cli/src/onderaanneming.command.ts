import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { AdminApiError, DEFAULT_KEYS_FILE, DEFAULT_URL, gatewayUnreachable } from './admin.command';
import { UsageError } from './validate.command';

/**
 * `iwmo admin onderaanneming add|list|end`: the registry of onderaanneming relations, as an HTTP
 * client of /v1/admin/onderaanneming/relaties. Connection options and exit codes as the other
 * `iwmo admin` commands: 0 done, 1 the gateway refused or could not be reached, 2 usage.
 */

interface Options {
  url: string;
  token?: string;
  keysFile: string;
  json?: boolean;
}

interface Relatie {
  id: string;
  hoofdaannemer: string;
  onderaannemer: string;
  gemeente: string;
  producten: Array<{ categorie: string; code?: string }>;
  vanaf: string;
  totEnMet: string | null;
  goedkeuring: boolean;
}

async function request<T>(options: Options, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new UsageError(`--url: not a URL: ${options.url}`);
  }
  const token = options.token ?? (await tokenFromKeysFile(options.keysFile));
  const url = `${base.toString().replace(/\/+$/, '')}/v1/admin/onderaanneming/relaties${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw gatewayUnreachable(options.url, error);
  }
  const text = await response.text();
  const parsed = (() => {
    try {
      return text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  })();
  if (!response.ok) throw new AdminApiError(`the gateway answered ${response.status}: ${(parsed as { detail?: string } | undefined)?.detail ?? (text.slice(0, 200) || response.statusText)}`);
  return parsed as T;
}

async function tokenFromKeysFile(file: string): Promise<string> {
  try {
    const token = (JSON.parse(await readFile(resolve(file), 'utf8')) as { adminToken?: unknown }).adminToken;
    if (typeof token === 'string' && token) return token;
  } catch {
    // fall through to the usage error
  }
  throw new UsageError(`no admin token: pass --token, or run where ${file} holds the adminToken of a gateway started with SEED_DEMO`);
}

function run<O extends Options, A extends unknown[]>(fn: (options: O, ...args: A) => Promise<void>) {
  return async (...args: unknown[]): Promise<void> => {
    const options = args.at(-2) as O;
    try {
      await fn(options, ...(args.slice(0, -2) as A));
    } catch (error) {
      if (!(error instanceof AdminApiError)) throw error;
      process.stderr.write(`iwmo: ${error.message}\n`);
      process.exitCode = 1;
    }
  };
}

const connection = (command: Command) =>
  command
    .option('--url <url>', 'the gateway', DEFAULT_URL)
    .option('--token <token>', `admin token (default: adminToken from ${DEFAULT_KEYS_FILE})`)
    .option('--keys-file <path>', 'dev keys file to take the admin token from', DEFAULT_KEYS_FILE)
    .option('--json', 'print the JSON the gateway answered');

/** "02" (a whole category) or "02/02A03" (one product). */
function product(value: string, previous: Array<{ categorie: string; code?: string }> = []) {
  const match = /^(\d{2})(?:\/([0-9A-Z]{5}))?$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('give a ProductCategorie (02) or categorie/code (02/02A03)');
  return [...previous, match[2] ? { categorie: match[1]!, code: match[2] } : { categorie: match[1]! }];
}

const describeProducten = (r: Relatie) => r.producten.map((p) => (p.code ? `${p.categorie}/${p.code}` : `${p.categorie} (all)`)).join(', ');
const print = (options: Options, value: unknown, human: () => string) => process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);

function table(header: string[], rows: string[][]): string {
  if (!rows.length) return '(none)';
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

export function registerOnderaannemingCommands(program: Command): void {
  const admin = program.commands.find((c) => c.name() === 'admin') ?? program.command('admin');
  const oa = admin.command('onderaanneming').description('the registry of onderaanneming relations: which hoofdaannemer delegates which products to which onderaannemer');

  connection(oa.command('add'))
    .description('register a relation (refused when a product is already delegated by the hoofdaannemer in the gemeente in that period)')
    .requiredOption('--hoofdaannemer <agb>', 'AGB-code of the hoofdaannemer')
    .requiredOption('--onderaannemer <agb>', 'AGB-code of the onderaannemer')
    .requiredOption('--gemeente <cbs>', 'CBS code of the gemeente')
    .requiredOption('--product <categorie[/code]>', 'delegated product: 02 for the whole category, 02/02A03 for one product (repeat for more)', product)
    .requiredOption('--vanaf <date>', 'first day, YYYY-MM-DD')
    .option('--tot-en-met <date>', 'last day, YYYY-MM-DD (default: open)')
    .option('--goedkeuring', 'the hoofdaannemer approves each opgave before it is merged')
    .action(
      run(async (options: Options & { hoofdaannemer: string; onderaannemer: string; gemeente: string; product: Relatie['producten']; vanaf: string; totEnMet?: string; goedkeuring?: boolean }) => {
        const body = {
          hoofdaannemer: options.hoofdaannemer, onderaannemer: options.onderaannemer, gemeente: options.gemeente, producten: options.product, vanaf: options.vanaf,
          ...(options.totEnMet && { totEnMet: options.totEnMet }), goedkeuring: options.goedkeuring === true,
        };
        const r = await request<Relatie>(options, 'POST', '', body);
        print(options, r, () => `Registered relation ${r.id}: ${r.hoofdaannemer} delegates ${describeProducten(r)} in ${r.gemeente} to ${r.onderaannemer}, ${r.vanaf} t/m ${r.totEnMet ?? 'open'}${r.goedkeuring ? ', with approval' : ''}.`);
      }),
    );

  connection(oa.command('list'))
    .description('relations, optionally of one hoofdaannemer, onderaannemer or gemeente')
    .option('--hoofdaannemer <agb>')
    .option('--onderaannemer <agb>')
    .option('--gemeente <cbs>')
    .action(
      run(async (options: Options & { hoofdaannemer?: string; onderaannemer?: string; gemeente?: string }) => {
        const query = new URLSearchParams(Object.entries({ hoofdaannemer: options.hoofdaannemer, onderaannemer: options.onderaannemer, gemeente: options.gemeente }).filter(([, v]) => v) as Array<[string, string]>);
        const rows = await request<Relatie[]>(options, 'GET', query.size ? `?${query}` : '');
        print(options, rows, () => table(['ID', 'GEMEENTE', 'HOOFDAANNEMER', 'ONDERAANNEMER', 'VANAF', 'T/M', 'GOEDKEURING', 'PRODUCTEN'],
          rows.map((r) => [r.id, r.gemeente, r.hoofdaannemer, r.onderaannemer, r.vanaf, r.totEnMet ?? 'open', r.goedkeuring ? 'aan' : 'uit', describeProducten(r)])));
      }),
    );

  connection(oa.command('end'))
    .description('end a relation on a day (inclusive)')
    .argument('<relatie-id>', 'the relation (see list)')
    .requiredOption('--tot-en-met <date>', 'last day the relation holds, YYYY-MM-DD')
    .action(
      run(async (options: Options & { totEnMet: string }, id: string) => {
        const r = await request<Relatie>(options, 'POST', `/${encodeURIComponent(id)}/end`, { totEnMet: options.totEnMet });
        print(options, r, () => `Relation ${r.id} (${r.hoofdaannemer} -> ${r.onderaannemer} in ${r.gemeente}) now ends on ${r.totEnMet}.`);
      }),
    );
}
