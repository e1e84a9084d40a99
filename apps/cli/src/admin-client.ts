import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '@lib/i18n';
import { sayIn, type Say } from './lang';
import { UsageError } from './validate.command';

/**
 * The gateway's admin API as the CLI's commands use it: the address and token options, the client,
 * and how an answer or a refusal is printed. The token comes from --token or the dev keys file a
 * gateway started with SEED_DEMO writes; never from the environment. Exit codes: 0 done, 1 the
 * gateway refused, 2 usage or the gateway could not be reached.
 */

export const DEFAULT_URL = 'http://127.0.0.1:8080';
export const DEFAULT_KEYS_FILE = '.data/dev-keys.json';

export interface ConnectionOptions {
  url: string;
  token?: string;
  keysFile: string;
  json?: boolean;
}

/** fetch failed: the address is wrong, or the gateway is not running (exit 2). */
export function gatewayUnreachable(address: string, error: unknown, lang: Lang): AdminApiError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new AdminApiError(sayIn(lang)('cli.admin.unreachable', { address, cause: cause?.code ?? cause?.message ?? (error as Error).message }), 2);
}

/** The gateway refused: its status and the `detail` of its problem answer (else the start of its body), and `hint` when it helps. */
export function gatewayRefused(response: { status: number; statusText: string }, body: string, say: Say, hint = ''): AdminApiError {
  let detail: string | undefined;
  try {
    detail = (JSON.parse(body) as { detail?: string } | undefined)?.detail;
  } catch {
    // not JSON: the start of the text
  }
  return new AdminApiError(`${say('cli.admin.answered', { status: String(response.status), detail: detail ?? (body.slice(0, 200) || response.statusText) })}${hint}`);
}

/** The gateway refused (exit 1), or could not be reached (exit 2: the address or the network is the user's to fix). */
export class AdminApiError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
  }
}


export class AdminClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    /** the language the gateway is asked to answer in, and the CLI's own words */
    private readonly lang: Lang,
  ) {}

  async request<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/v1/admin${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`, accept: 'application/json', 'accept-language': this.lang,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw gatewayUnreachable(this.baseUrl, error, this.lang);
    }
    const text = await response.text();
    const say = sayIn(this.lang);
    if (!response.ok) throw gatewayRefused(response, text, say, response.status === 401 ? say('cli.admin.check-token') : '');
    try {
      return (text ? JSON.parse(text) : undefined) as T;
    } catch {
      return undefined as T;
    }
  }
}

/** A gateway address the user gave, checked: http or https. */
export function gatewayUrl(value: string, say: Say): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(say('cli.admin.bad-url', { url: value }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(say('cli.admin.bad-url-scheme', { url: value }));
  return url;
}

export async function connect(options: ConnectionOptions, lang: Lang): Promise<AdminClient> {
  const say = sayIn(lang);
  const url = gatewayUrl(options.url, say);
  return new AdminClient(url.toString().replace(/\/+$/, ''), options.token ?? (await tokenFromKeysFile(options.keysFile, say)), lang);
}

async function tokenFromKeysFile(file: string, say: Say): Promise<string> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(say('cli.admin.no-token', { file }));
  }
  let token: unknown;
  try {
    token = (JSON.parse(text) as { adminToken?: unknown }).adminToken;
  } catch {
    throw new UsageError(say('cli.admin.keys-not-json', { path }));
  }
  if (typeof token !== 'string' || !token) throw new UsageError(say('cli.admin.keys-no-token', { path }));
  return token;
}

/** The options every admin subcommand takes. */
export function withConnection(command: Command, say: Say): Command {
  return command
    .option('--url <url>', say('cli.admin.option-url'), DEFAULT_URL)
    .option('--token <token>', say('cli.admin.option-token', { file: DEFAULT_KEYS_FILE }))
    .option('--keys-file <path>', say('cli.admin.option-keys-file'), DEFAULT_KEYS_FILE)
    .option('--json', say('cli.admin.option-json'));
}

/**
 * Runs an admin action: connects, calls, prints; a refusal from the gateway
 * becomes exit code 1 with its message, an unreachable gateway exit code 2. Commander passes the positional
 * arguments, then the options, then the command.
 */
export function action<O extends object>(lang: Lang, fn: (client: AdminClient, print: Printer, options: O, ...args: string[]) => Promise<void>) {
  return async (...args: unknown[]): Promise<void> => {
    const options = args.at(-2) as O & ConnectionOptions;
    try {
      const client = await connect(options, lang);
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
