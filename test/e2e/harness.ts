/**
 * End-to-end harness: the built gateway and worker as real child processes, a
 * redis-server of their own (so a test can stop and start it without touching
 * the shared Redis), a fresh PostgreSQL schema, and a webhook receiver that
 * records what it is sent. Logs of every process go to test-artifacts/e2e/<run>/.
 * Shared by test/e2e/*.e2e.spec.ts and bench/ingest.bench.ts; no Jest in here.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, connect, createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { packageRoot, validateTestEnv } from '@lib/config';
import { FieldCipher, LookupKey, PartyRepository, PgDatabase, useFieldCipher, useLookupKey, type Party, type PartyRole } from '@lib/persistence';

export const REPO_ROOT = packageRoot();
export const GATEWAY_MAIN = join(REPO_ROOT, 'dist', 'apps', 'gateway', 'src', 'main.js');
export const WORKER_MAIN = join(REPO_ROOT, 'dist', 'apps', 'worker', 'src', 'main.js');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts', 'e2e');
/** What `npm test` exports; the same default lets the benchmark run on its own. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/iwmo_test';

// ---------------------------------------------------------------- waiting

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Thrown by a probe to stop waiting at once (the process being waited for has died). */
export class GiveUp extends Error {
  override name = 'GiveUp';
}

/**
 * Polls `probe` until it returns something other than undefined/false, or
 * throws after `timeoutMs` naming what was awaited and the last value seen, so
 * a failing test fails fast with a reason instead of hanging.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 30_000, intervalMs = 100, describeLast }: { timeoutMs?: number; intervalMs?: number; describeLast?: () => string | Promise<string> } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      lastError = undefined;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const last = describeLast ? ` (last: ${await describeLast()})` : '';
      const cause = lastError ? `; last error: ${(lastError as Error).message ?? String(lastError)}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last}${cause}`);
    }
    await sleep(intervalMs);
  }
}

/** A TCP port free on loopback right now (the OS's choice), for a child that cannot be told to use port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- processes

/** Children still running, killed when this process exits however it exits (a crashed test run leaves no orphans). */
const live = new Set<ChildProcess>();
const killAll = () => {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
};
process.once('exit', killAll);
// A signal ends Node without 'exit': kill the children, then die of the same signal.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAll();
    process.kill(process.pid, signal);
  });
}

/** One child process whose stdout and stderr are appended to a log file, restartable with the same command. */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exit: Promise<number | string> | undefined;
  private starts = 0;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
  ) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    if (this.running) throw new Error(`${this.name} is already running`);
    this.starts += 1;
    const fd = openSync(this.logFile, 'a');
    writeSync(fd, `\n----- ${this.name} start #${this.starts} at ${new Date().toISOString()} -----\n`);
    // The child writes straight into the file, so its last words survive even when it is killed.
    const child = spawn(this.command, [...this.args], { cwd: REPO_ROOT, env: this.env, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    this.child = child;
    live.add(child);
    this.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        live.delete(child);
        resolve(signal ?? code ?? 'unknown');
      });
      child.once('error', (error) => {
        live.delete(child);
        resolve(`spawn error: ${error.message}`);
      });
    });
  }

  /** Sends the signal and waits for the exit; SIGTERM turns into SIGKILL after graceMs. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<number | string | undefined> {
    const child = this.child;
    if (!child || !this.running) return undefined;
    child.kill(signal);
    const timer = signal === 'SIGKILL' ? undefined : setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      return await this.exit;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The exit code or signal, once the process has ended. */
  exited(): Promise<number | string> | undefined {
    return this.running ? undefined : this.exit;
  }

  /** The last lines of its log, for error messages. */
  tail(lines = 40): string {
    if (!existsSync(this.logFile)) return '(no log)';
    return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  }

  log(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
  }
}

/** A redis-server of the harness's own on a fixed port, without persistence: stop and start it at will. */
export class RedisServer {
  private readonly process: ManagedProcess;

  constructor(readonly port: number, logFile: string) {
    this.process = new ManagedProcess(
      'redis',
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { PATH: process.env.PATH },
      logFile,
    );
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.process.running;
  }

  async start(): Promise<void> {
    this.process.start();
    await waitFor(`redis-server on port ${this.port}`, async () => {
      if (!this.process.running) throw new GiveUp(`redis-server exited: ${this.process.tail(10)}`);
      return redisPing(this.port);
    }, { timeoutMs: 10_000, intervalMs: 50 });
  }

  /** Stops the server (SIGTERM, which with --save "" keeps nothing; SIGKILL for an abrupt end). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.process.stop(signal, 5_000);
  }
}

/** PING over RESP; true on +PONG. */
export function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

// ---------------------------------------------------------------- a TCP proxy a test can cut

/**
 * A TCP proxy on loopback in front of a server (PostgreSQL, for the fault
 * tests): `cut()` stops listening and destroys every open connection, so the
 * apps behind it see connection refused and "Connection terminated" exactly as
 * when the server goes away, while the server itself (shared with other
 * suites) keeps running; `restore()` listens again on the same port.
 */
export class TcpProxy {
  private server: NetServer | undefined;
  private readonly sockets = new Set<Socket>();
  private port = 0;
  /** connections accepted since the start, for tests that want to see the proxy was used */
  connections = 0;

  private constructor(private readonly targetHost: string, private readonly targetPort: number) {}

  static async start(targetHost: string, targetPort: number): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetHost, targetPort);
    await proxy.restore();
    return proxy;
  }

  get address(): { host: string; port: number } {
    return { host: '127.0.0.1', port: this.port };
  }

  get isCut(): boolean {
    return this.server === undefined;
  }

  /** Listening (again) and forwarding. */
  async restore(): Promise<void> {
    if (this.server) return;
    const server = createNetServer((client) => this.forward(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Not listening, every open connection destroyed. */
  async cut(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }

  private forward(client: Socket): void {
    this.connections += 1;
    const upstream = connect({ host: this.targetHost, port: this.targetPort });
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  }
}

// ---------------------------------------------------------------- webhook receiver

export interface ReceivedRequest {
  seq: number;
  at: number;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  idempotencyKey: string | undefined;
  /** the HMAC in X-Iwmo-Signature checked with the secret of the party at this path */
  signature: { valid: boolean; reason: string };
  /** what the receiver answered; 'aborted' when the sender went away before the answer */
  outcome: number | 'aborted' | 'pending';
}

/** X-Iwmo-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the party's webhook secret>. */
export function verifySignature(header: string | undefined, body: Buffer, secret: string, toleranceSeconds = 300): { valid: boolean; reason: string } {
  if (!header) return { valid: false, reason: 'no X-Iwmo-Signature header' };
  const parts = new Map<string, string[]>();
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at <= 0) return { valid: false, reason: `malformed part "${part}"` };
    const key = part.slice(0, at).trim();
    parts.set(key, [...(parts.get(key) ?? []), part.slice(at + 1).trim()]);
  }
  const t = parts.get('t')?.[0];
  const signatures = parts.get('v1') ?? [];
  if (!t || !/^\d+$/.test(t)) return { valid: false, reason: 'no numeric t=' };
  if (signatures.length === 0) return { valid: false, reason: 'no v1=' };
  if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return { valid: false, reason: `timestamp ${t} outside ${toleranceSeconds} s` };
  const expected = createHmac('sha256', secret).update(`${t}.`).update(body).digest();
  for (const given of signatures) {
    const buffer = /^[0-9a-f]+$/i.test(given) ? Buffer.from(given, 'hex') : Buffer.alloc(0);
    if (buffer.length === expected.length && timingSafeEqual(buffer, expected)) return { valid: true, reason: 'ok' };
  }
  return { valid: false, reason: 'v1 does not match HMAC-SHA256(secret, "<t>.<body>")' };
}

/**
 * An HTTP server standing in for a party's webhook endpoint. Every request is
 * recorded (the Idempotency-Key, whether the signature checks out, what was
 * answered). It can be told to fail the next N requests, to hold requests
 * before answering, or to be down (connections refused).
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private server: Server | undefined;
  private port = 0;
  private failures: Array<number> = [];
  private delayMs = 0;
  private delays: Array<number> = [];
  /** answers waiting for their delay; cleared on close so a held request does not keep the test process alive */
  private readonly held = new Set<NodeJS.Timeout>();
  private readonly secrets = new Map<string, string>();
  private readonly open = new Set<ServerResponse>();

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await receiver.up();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The endpoint of one party: requests to it are checked with its secret. */
  endpoint(name: string, secret: string): string {
    this.secrets.set(`/hooks/${name}`, secret);
    return `${this.url}/hooks/${name}`;
  }

  /** Answer the next n requests with this status (default 500) instead of 200. */
  failNext(n: number, status = 500): void {
    this.failures.push(...Array.from({ length: n }, () => status));
  }

  /** Hold every request this long before answering (0: answer at once). */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  /** Hold the next n requests this long before answering (a slow receiver), the rest as setDelay says. */
  delayNext(n: number, ms: number): void {
    this.delays.push(...Array.from({ length: n }, () => ms));
  }

  /** Forget the recorded requests and the fail/delay instructions. */
  reset(): void {
    this.requests.length = 0;
    this.failures = [];
    this.delays = [];
    this.delayMs = 0;
  }

  /** Listening (again, on the same port once it had one). */
  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => this.handle(req, res));
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Down: not listening, open connections cut; senders get connection refused. */
  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  async close(): Promise<void> {
    for (const timer of this.held) clearTimeout(timer);
    this.held.clear();
    for (const res of this.open) res.destroy();
    await this.down();
  }

  forKey(key: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.idempotencyKey === key);
  }

  /** Distinct Idempotency-Keys among all requests (or those matching the filter). */
  distinctKeys(filter: (r: ReceivedRequest) => boolean = () => true): Set<string> {
    return new Set(this.requests.filter(filter).flatMap((r) => (r.idempotencyKey ? [r.idempotencyKey] : [])));
  }

  /** Keys that were answered 2xx, each counted once: what the receiving party has taken in. */
  acceptedKeys(): Set<string> {
    return this.distinctKeys((r) => typeof r.outcome === 'number' && r.outcome >= 200 && r.outcome < 300);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = req.url ?? '/';
      const secret = this.secrets.get(path);
      const header = req.headers['x-iwmo-signature'];
      const record: ReceivedRequest = {
        seq: this.requests.length + 1,
        at: Date.now(),
        method: req.method ?? '',
        path,
        headers: req.headers,
        body,
        idempotencyKey: headerValue(req.headers['idempotency-key']),
        signature: secret ? verifySignature(headerValue(header), body, secret) : { valid: false, reason: `no secret known for ${path}` },
        outcome: 'pending',
      };
      this.requests.push(record);
      const status = this.failures.shift() ?? 200;
      this.open.add(res);
      // 'close' without 'finish': the sender hung up (timeout, or killed) before the answer.
      res.once('close', () => {
        this.open.delete(res);
        if (!res.writableFinished) record.outcome = 'aborted';
      });
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ received: record.seq }), () => {
          if (record.outcome === 'pending') record.outcome = status;
        });
      };
      const delay = this.delays.shift() ?? this.delayMs;
      if (delay > 0) {
        const timer = setTimeout(() => {
          this.held.delete(timer);
          answer();
        }, delay);
        this.held.add(timer);
      } else answer();
    });
  }
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// ---------------------------------------------------------------- the harness

export interface HarnessOptions {
  /** directory name under test-artifacts/e2e/ */
  name: string;
  deliveryAttempts?: number;
  deliveryBackoffMs?: number;
  webhookTimeoutMs?: number;
  maxMessageBytes?: number;
  logLevel?: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** start the worker with the gateway (default true) */
  worker?: boolean;
  /** base database URL; default TEST_DATABASE_URL, else the local iwmo_test */
  databaseUrl?: string;
  /** extra environment for both apps */
  env?: Record<string, string>;
  /** connect the apps (not the test) to PostgreSQL through a TcpProxy the test can cut (`harness.databaseProxy`) */
  databaseProxy?: boolean;
}

export interface TestParty {
  party: Party;
  key: string;
  /** the webhook secret, for webhook parties */
  secret: string | undefined;
}

/**
 * Everything one end-to-end run needs. `Harness.start` brings it up; `teardown`
 * takes all of it down again (processes killed, schema dropped) and is safe to
 * call after a partial start or twice.
 */
export class Harness {
  readonly gateway: ManagedProcess;
  readonly worker: ManagedProcess;
  gatewayUrl = '';
  db: PgDatabase | undefined;
  receiver: WebhookReceiver | undefined;
  private schemaCreated = false;
  /** The run's master key: the apps get it as ENCRYPTION_KEYS, the harness seals and opens with it. */
  private readonly encryptionKey = { id: `e2e-${randomBytes(4).toString('hex')}`, key: randomBytes(32) };
  /** The run's lookup key: the apps get it as ENCRYPTION_LOOKUP_KEY, the harness hashes Bsns with it. */
  private readonly lookupKey = randomBytes(32);

  private constructor(
    readonly options: HarnessOptions,
    readonly artifacts: string,
    readonly redis: RedisServer,
    readonly baseDatabaseUrl: string,
    readonly schema: string,
    readonly databaseUrl: string,
    readonly gatewayPort: number,
    readonly workerMetricsPort: number,
    /** between the apps and PostgreSQL, when options.databaseProxy */
    readonly databaseProxy: TcpProxy | undefined = undefined,
  ) {
    const env = this.appEnv();
    // IWMO_CPU_PROF_DIR=<dir>: the gateway writes a V8 CPU profile there when it stops (to see where a benchmark's time goes).
    const profile = process.env.IWMO_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.IWMO_CPU_PROF_DIR}`] : [];
    this.gateway = new ManagedProcess('gateway', process.execPath, [...profile, GATEWAY_MAIN], { ...env, PORT: String(gatewayPort) }, join(artifacts, 'gateway.log'));
    this.worker = new ManagedProcess('worker', process.execPath, [WORKER_MAIN], { ...env, WORKER_METRICS_PORT: String(workerMetricsPort) }, join(artifacts, 'worker.log'));
  }

  static async start(options: HarnessOptions): Promise<Harness> {
    for (const file of [GATEWAY_MAIN, WORKER_MAIN]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const artifacts = join(ARTIFACTS_DIR, `${options.name}-${stamp}-${process.pid}`);
    mkdirSync(artifacts, { recursive: true });
    const baseUrl = options.databaseUrl ?? validateTestEnv().databaseUrl ?? DEFAULT_DATABASE_URL;
    const schema = `e2e_${randomBytes(6).toString('hex')}`;
    const url = new URL(baseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const [redisPort, gatewayPort, workerPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const proxy = options.databaseProxy ? await TcpProxy.start(url.hostname, Number(url.port || 5432)) : undefined;
    const harness = new Harness(options, artifacts, new RedisServer(redisPort, join(artifacts, 'redis.log')), baseUrl, schema, url.toString(), gatewayPort, workerPort, proxy);
    try {
      await harness.boot();
    } catch (error) {
      await harness.teardown();
      throw error;
    }
    return harness;
  }

  private async boot(): Promise<void> {
    await withClient(this.baseDatabaseUrl, (client) => client.query(`CREATE SCHEMA ${this.schema}`));
    this.schemaCreated = true;
    this.receiver = await WebhookReceiver.start();
    await this.redis.start();
    // The gateway migrates the schema; only then can the worker and the test use it.
    await this.startGateway();
    this.db = new PgDatabase(this.databaseUrl, { max: 4, applicationName: 'iwmo-e2e-harness' });
    // The harness writes parties (their webhook secrets sealed) and reads bodies like the apps do.
    useFieldCipher(new FieldCipher(this.encryptionKey));
    useLookupKey(new LookupKey(this.lookupKey));
    if (this.options.worker !== false) await this.startWorker();
  }

  /** The apps' DATABASE_URL: through the proxy when there is one. */
  private appDatabaseUrl(): string {
    if (!this.databaseProxy) return this.databaseUrl;
    const url = new URL(this.databaseUrl);
    url.hostname = this.databaseProxy.address.host;
    url.port = String(this.databaseProxy.address.port);
    return url.toString();
  }

  /** Every log file of this run (gateway, worker, redis), for tests that read what was logged. */
  logFiles(): string[] {
    return readdirSync(this.artifacts).filter((f) => f.endsWith('.log')).map((f) => join(this.artifacts, f));
  }

  /** Environment of both apps: only what the harness decides, plus PATH/HOME for Node. */
  private appEnv(): NodeJS.ProcessEnv {
    const o = this.options;
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // Plain text in the log files.
      NO_COLOR: '1',
      HOST: '127.0.0.1',
      DATABASE_URL: this.appDatabaseUrl(),
      REDIS_URL: this.redis.url,
      DATA_DIR: join(this.artifacts, 'data'),
      DEV_KEYS_FILE: join(this.artifacts, 'data', 'dev-keys.json'),
      ENCRYPTION_KEYS: `${this.encryptionKey.id}:${this.encryptionKey.key.toString('base64')}`,
      ENCRYPTION_LOOKUP_KEY: this.lookupKey.toString('base64'),
      SEED_DEMO: 'false',
      WORKER_MODE: 'separate',
      DELIVERY_ATTEMPTS: String(o.deliveryAttempts ?? 8),
      DELIVERY_BACKOFF_MS: String(o.deliveryBackoffMs ?? 100),
      WEBHOOK_TIMEOUT_MS: String(o.webhookTimeoutMs ?? 5_000),
      // The webhook receiver listens on loopback; the policy refuses it unless allowed.
      WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8',
      ...(o.maxMessageBytes ? { MAX_MESSAGE_BYTES: String(o.maxMessageBytes) } : {}),
      LOG_LEVEL: o.logLevel ?? 'log',
      // Tests and benchmarks send hundreds of messages a minute as one party; a test of the limit sets it in env.
      RATE_LIMIT_PER_MINUTE: '0',
      ...o.env,
    };
  }

  async startGateway(): Promise<void> {
    mkdirSync(join(this.artifacts, 'data'), { recursive: true });
    this.gateway.start();
    this.gatewayUrl = `http://127.0.0.1:${this.gatewayPort}`;
    await waitFor('the gateway to answer /health/ready with 200', async () => {
      if (!this.gateway.running) throw new GiveUp(`gateway exited (${await this.gateway.exited()}):\n${this.gateway.tail()}`);
      const response = await fetch(`${this.gatewayUrl}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return response.status === 200;
    }, { timeoutMs: 30_000, intervalMs: 150, describeLast: () => this.gateway.tail(10) });
  }

  /** Starts the worker and waits until it serves /metrics, which it does once its queues and processors are up. */
  async startWorker(): Promise<void> {
    this.worker.start();
    const metrics = `http://127.0.0.1:${this.workerMetricsPort}/metrics`;
    await waitFor('the worker to serve /metrics', async () => {
      if (!this.worker.running) throw new GiveUp(`worker exited (${await this.worker.exited()}):\n${this.worker.tail()}`);
      const response = await fetch(metrics, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return response.status === 200;
    }, { timeoutMs: 30_000, intervalMs: 150, describeLast: () => this.worker.tail(10) });
  }

  /** kill -9 the worker: no shutdown hooks, its active jobs keep their locks until they expire. */
  async killWorker(): Promise<void> {
    await this.worker.stop('SIGKILL');
  }

  async restartWorker(): Promise<void> {
    await this.worker.stop('SIGTERM');
    await this.startWorker();
  }

  /**
   * One more gateway process (own port, own log) on the same schema and Redis, started and
   * answering /health/ready: a replica behind a load balancer (test/e2e/replicas.e2e.spec.ts).
   */
  async startGatewayReplica(name: string): Promise<{ process: ManagedProcess; url: string }> {
    const port = await freePort();
    const replica = new ManagedProcess(name, process.execPath, [GATEWAY_MAIN], { ...this.appEnv(), PORT: String(port) }, join(this.artifacts, `${name}.log`));
    replica.start();
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${name} to answer /health/ready with 200`, async () => {
      if (!replica.running) throw new GiveUp(`${name} exited (${await replica.exited()}):\n${replica.tail()}`);
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return response.status === 200;
    }, { timeoutMs: 30_000, intervalMs: 150, describeLast: () => replica.tail(10) });
    return { process: replica, url };
  }

  /** One more worker process (own metrics port, own log) on the same schema and Redis, started and serving /metrics. */
  async startWorkerReplica(name: string): Promise<{ process: ManagedProcess; metricsUrl: string }> {
    const port = await freePort();
    const replica = new ManagedProcess(name, process.execPath, [WORKER_MAIN], { ...this.appEnv(), WORKER_METRICS_PORT: String(port) }, join(this.artifacts, `${name}.log`));
    replica.start();
    const metricsUrl = `http://127.0.0.1:${port}/metrics`;
    await waitFor(`${name} to serve /metrics`, async () => {
      if (!replica.running) throw new GiveUp(`${name} exited (${await replica.exited()}):\n${replica.tail()}`);
      const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return response.status === 200;
    }, { timeoutMs: 30_000, intervalMs: 150, describeLast: () => replica.tail(10) });
    return { process: replica, metricsUrl };
  }

  /** The job handlers the worker said it registered at start ("delivery/deliver"), from its log. */
  workerHandlers(): string[] {
    const lines = this.worker.log().split('\n').filter((l) => l.includes('worker started'));
    const last = lines[lines.length - 1] ?? '';
    const match = /handlers ([^;]*)/.exec(last);
    return match && match[1] !== 'none yet' ? match[1]!.split(',').map((s) => s.trim()) : [];
  }

  /** A party with an API key; webhook parties get an endpoint on the receiver and a random secret. */
  async createParty(role: PartyRole, code: string, name: string, channel: 'mailbox' | 'webhook' = 'mailbox'): Promise<TestParty> {
    const parties = new PartyRepository(this.database);
    const secret = channel === 'webhook' ? randomBytes(24).toString('base64url') : undefined;
    const party = await parties.create({
      role, code, name, deliveryChannel: channel,
      webhookUrl: secret ? this.receiver!.endpoint(code, secret) : null,
      webhookSecret: secret ?? null,
    });
    const { key } = await parties.createKey(party.id, 'e2e');
    return { party, key, secret };
  }

  get database(): PgDatabase {
    if (!this.db) throw new Error('the harness has no database (start failed?)');
    return this.db;
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const { rows } = await this.database.query<{ n: string }>(sql, params);
    return Number(rows[0]!.n);
  }

  post(key: string | undefined, body: string | Buffer, contentType = 'application/xml'): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (key !== undefined) headers.authorization = `Bearer ${key}`;
    return fetch(`${this.gatewayUrl}/v1/berichten`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
  }

  get(key: string, path: string): Promise<Response> {
    return fetch(`${this.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(30_000) });
  }

  /** Takes everything down; every step runs even when an earlier one fails. */
  async teardown(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['worker', () => this.worker.stop('SIGTERM', 5_000)],
      ['gateway', () => this.gateway.stop('SIGTERM', 5_000)],
      ['receiver', async () => this.receiver?.close()],
      ['redis', () => this.redis.stop('SIGKILL')],
      ['database pool', async () => db?.close()],
      ['database proxy', async () => this.databaseProxy?.cut()],
      ['schema', async () => this.schemaCreated && withClient(this.baseDatabaseUrl, (c) => c.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`))],
    ];
    const problems: string[] = [];
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message}`);
      }
    }
    this.schemaCreated = false;
    if (problems.length) throw new Error(`teardown: ${problems.join('; ')}`);
  }
}

async function withClient<R>(url: string, fn: (client: Client) => Promise<R>): Promise<R> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
