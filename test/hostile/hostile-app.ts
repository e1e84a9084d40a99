/**
 * The gateway in-process (as apps/gateway/src/berichten/berichten.spec.ts
 * runs it) for the hostile-input specs: real HTTP on loopback, the real
 * Redis, PostgreSQL when TEST_DATABASE_URL is set (else embedded PGlite), and
 * a party with an API key for every code the fixtures use, so each fixture
 * can be sent by its own Afzender. No Jest in here.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { packageRoot, validateEnv } from '@lib/config';
import { DATABASE, PartyRepository, type Database, type Party, type PartyRole } from '@lib/persistence';
import { assertPgliteCanLoad, testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { createGatewayApp, localUrl } from '../../apps/gateway/src/gateway.app';

export const FIXTURES_DIR = join(packageRoot(), 'test', 'fixtures');
/** Every answer must come within this; a hang fails the request (and the test) with this reason. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** The ok fixtures of all 14 message types, with who sends them. */
export interface Fixture {
  type: string;
  file: string;
  xml: string;
  afzender: string;
}

export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const type of readdirSync(FIXTURES_DIR).filter((d) => /^wmo\d{3}$/.test(d)).sort()) {
    for (const file of readdirSync(join(FIXTURES_DIR, type, 'ok')).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(join(FIXTURES_DIR, type, 'ok', file), 'utf8');
      const afzender = /<(?:[\w.-]+:)?Afzender>(\d+)</.exec(xml)?.[1];
      if (!afzender) throw new Error(`${type}/${file} has no Afzender`);
      out.push({ type, file, xml, afzender });
    }
  }
  return out;
}

const PARTIES: Array<[PartyRole, string, string]> = [
  ['gemeente', '0503', 'Delft'], ['gemeente', '0603', 'Rijswijk'], ['gemeente', '1783', 'Westland'], ['gemeente', '1842', 'Midden-Delfland'],
  ['aanbieder', '12345678', 'Zorg BV'], ['aanbieder', '87654321', 'Thuiszorg West BV'],
];

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  headers: Headers;
}

export class HostileApp {
  readonly keys = new Map<string, string>();
  readonly parties = new Map<string, Party>();

  private constructor(
    readonly app: NestExpressApplication,
    readonly url: string,
    readonly db: Database,
    private readonly test: TestDatabase | undefined,
    private readonly dataDir: string,
  ) {}

  /** env: extra variables for the gateway (e.g. MAX_MESSAGE_BYTES). */
  static async start(redisUrl: string, env: Record<string, string> = {}): Promise<HostileApp> {
    const backend = testDatabaseBackends().find((b) => b.name === 'postgres');
    const test = backend ? await backend.create() : undefined;
    if (!test) assertPgliteCanLoad();
    const dataDir = mkdtempSync(join(tmpdir(), 'iwmo-hostile-'));
    const config = validateEnv({
      PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl, SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: '0',
      ...(test ? { DATABASE_URL: test.url!, WORKER_MODE: 'separate' } : {}),
      ...env,
    });
    const app = await createGatewayApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    const hostile = new HostileApp(app, localUrl(app), app.get<Database>(DATABASE), test, dataDir);
    const parties = new PartyRepository(hostile.db);
    for (const [role, code, name] of PARTIES) {
      const party = (await parties.findByCode(code)) ?? (await parties.create({ role, code, name }));
      hostile.parties.set(code, party);
      hostile.keys.set(code, (await parties.createKey(party.id, 'hostile')).key);
    }
    return hostile;
  }

  key(code: string): string {
    const key = this.keys.get(code);
    if (!key) throw new Error(`no party ${code}`);
    return key;
  }

  /** One request with a deadline; a hang becomes an error naming the request. */
  async request(method: string, path: string, { key, body, contentType = 'application/xml', headers = {} }: { key?: string; body?: string | Buffer; contentType?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] = contentType;
    if (key !== undefined) h.authorization = `Bearer ${key}`;
    let response: Response;
    try {
      response = await fetch(`${this.url}${path}`, { method, headers: h, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw new Error(`${method} ${path}: no answer (${(error as Error).name}: ${(error as Error).message})`);
    }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text(), headers: response.headers };
  }

  post(key: string | undefined, body: string | Buffer, contentType = 'application/xml'): Promise<Answer> {
    return this.request('POST', '/v1/berichten', { key, body, contentType });
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    return Number((await this.db.query<{ n: string }>(sql, params)).rows[0]!.n);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.test?.dispose();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export type Verdict =
  | { kind: 'retour'; status: 202 | 422; body: { id: string; status: 'accepted' | 'rejected'; retourcodes: string[]; errors: Array<{ layer: string; code: string; message: string }> } }
  | { kind: 'problem'; status: number; body: { status: number; code: string; title: string; detail: string } };

/**
 * What every answer to a submission must be: a retour verdict (202 accepted or
 * 422 rejected, with retourcodes and errors that say why) or a problem
 * (application/problem+json with a code and a detail), never a 5xx. Returns the
 * verdict, or throws saying what was wrong with the answer.
 */
export function verdictOf(answer: Answer, allowed: readonly number[] = [202, 400, 403, 413, 415, 422]): Verdict {
  const fail = (why: string) => new Error(`not a well-formed verdict (${why}): HTTP ${answer.status} ${answer.contentType} ${answer.text.slice(0, 300)}`);
  if (!allowed.includes(answer.status)) throw fail(`status not in ${allowed.join(', ')}`);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(answer.text) as Record<string, unknown>;
  } catch {
    throw fail('body is not JSON');
  }
  if (answer.status === 202 || answer.status === 422) {
    const ok = typeof body.id === 'string' && (body.status === 'accepted') === (answer.status === 202) && Array.isArray(body.retourcodes) && Array.isArray(body.errors);
    if (!ok) throw fail('no id, status, retourcodes and errors');
    if (answer.status === 422 && (body.errors as unknown[]).length === 0 && (body.retourcodes as unknown[]).length === 0) throw fail('rejected without a reason');
    return { kind: 'retour', status: answer.status, body: body as Extract<Verdict, { kind: 'retour' }>['body'] };
  }
  if (!answer.contentType.includes('application/problem+json')) throw fail('a refusal that is not a problem');
  if (body.status !== answer.status || typeof body.code !== 'string' || typeof body.detail !== 'string' || !(body.detail as string).trim()) throw fail('a problem without status, code and detail');
  return { kind: 'problem', status: answer.status, body: body as Extract<Verdict, { kind: 'problem' }>['body'] };
}
