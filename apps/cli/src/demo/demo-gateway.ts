/**
 * The gateway as `iwmo demo seed` calls it: the party API (POST /v1/berichten, the mailbox, the
 * declaratie builder, GET /v1/declaraties), each call with the API key of the party it is made as,
 * and the admin API through AdminClient. Nothing here goes around the HTTP API.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang } from '@lib/i18n';
import { AdminApiError, AdminClient, gatewayUnreachable } from '../admin-client';
import { sayIn, type Say } from '../lang';
import { UsageError } from '../validate.command';

export interface KeysFileParty {
  role: 'gemeente' | 'aanbieder';
  code: string;
  name: string;
  apiKey: string;
}

/** The dev keys file a gateway started with SEED_DEMO writes (apps/gateway/src/seed/dev-keys.file.ts). */
export async function readKeysFile(file: string, say: Say): Promise<{ parties: KeysFileParty[]; adminToken: string | null }> {
  const path = resolve(file);
  let parsed: { parties?: unknown; adminToken?: unknown };
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as typeof parsed;
  } catch {
    throw new UsageError(say('cli.demo.no-keys-file', { path }));
  }
  const parties = Array.isArray(parsed.parties)
    ? (parsed.parties as KeysFileParty[]).filter((p) => typeof p?.code === 'string' && typeof p?.apiKey === 'string' && (p.role === 'gemeente' || p.role === 'aanbieder'))
    : [];
  return { parties, adminToken: typeof parsed.adminToken === 'string' && parsed.adminToken ? parsed.adminToken : null };
}

/** The answer of POST /v1/berichten (and the verdict of a submitted build). */
export interface SubmitAnswer {
  id: string;
  status: 'accepted' | 'rejected';
  retourcodes: string[];
  errors: Array<{ code: string; rule?: string | null; path: string | null; message: string }>;
}

export interface MailboxItem {
  deliveryId: string;
  messageId: string;
  messageType: string | null;
  afzender: string | null;
}

export class DemoGateway {
  constructor(
    readonly baseUrl: string,
    private readonly keys: ReadonlyMap<string, string>,
    readonly admin: AdminClient,
    /** the language of its errors, and the one the gateway is asked to answer in */
    private readonly lang: Lang,
  ) {}

  /** POST /v1/berichten as `party`: 202 or 422 are answers; anything else stops the seed. */
  async send(party: string, xml: string): Promise<SubmitAnswer & { http: number }> {
    const response = await this.call(party, 'POST', '/v1/berichten', xml, 'application/xml');
    const body = (await response.json()) as SubmitAnswer;
    if (response.status !== 202 && response.status !== 422) throw this.refused(`POST /v1/berichten (${party})`, response.status, body);
    return { ...body, http: response.status };
  }

  /** A JSON call as `party`; statuses in `allowed` are answers, others stop the seed. */
  async json<T>(party: string, method: 'GET' | 'POST', path: string, body?: unknown, allowed: readonly number[] = [200]): Promise<{ status: number; body: T }> {
    const response = await this.call(party, method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json');
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as T) : (undefined as T);
    if (!allowed.includes(response.status)) throw this.refused(`${method} ${path} (${party})`, response.status, parsed);
    return { status: response.status, body: parsed };
  }

  /** The XML of a message, as the party that receives it fetches it (its mailbox delivery becomes fetched). */
  async xml(party: string, messageId: string): Promise<string> {
    const response = await this.call(party, 'GET', `/v1/berichten/${messageId}/xml`);
    const text = await response.text();
    if (response.status !== 200) throw this.refused(`GET /v1/berichten/${messageId}/xml (${party})`, response.status, text);
    return text;
  }

  private async call(party: string, method: string, path: string, body?: string, contentType?: string): Promise<Response> {
    const key = this.keys.get(party);
    if (!key) throw new UsageError(sayIn(this.lang)('cli.demo.missing-demo-party', { code: party }));
    try {
      return await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`, accept: 'application/json', 'accept-language': this.lang,
          ...(contentType && body !== undefined && { 'content-type': contentType }),
        },
        body,
        signal: AbortSignal.timeout(120_000),
      });
    } catch (error) {
      throw gatewayUnreachable(this.baseUrl, error, this.lang);
    }
  }

  private refused(what: string, status: number, body: unknown): AdminApiError {
    const detail = typeof body === 'string' ? body.slice(0, 300) : ((body as { detail?: string } | undefined)?.detail ?? JSON.stringify(body ?? null).slice(0, 300));
    return new AdminApiError(sayIn(this.lang)('cli.demo.unexpected-answer', { what, status: String(status), detail }));
  }
}
