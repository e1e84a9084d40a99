/**
 * Ingest throughput of the real gateway, against a parse-and-store-only
 * baseline, and the worker's webhook delivery rate. Loopback only.
 *
 *   npm run build && npx tsx bench/ingest.bench.ts [--duration 20] [--connections 8] [--burst 1000]
 *
 * 1. gateway: the built gateway and worker as processes (test/e2e/harness.ts:
 *    a fresh PostgreSQL schema, a redis-server of its own), sustained POST
 *    /v1/berichten with autocannon: in turn a WMO301 toewijzing (gemeente
 *    key), a WMO305 start and a WMO323 declaratie (aanbieder keys), every one
 *    new and valid, so every one is accepted (202). The gateway checks each
 *    against earlier messages: a start needs its toewijzing (TR019) and an
 *    aanbieder declares a month once per gemeente (TR318). So the toewijzingen
 *    (and starts) the 305s and 323s refer to are sent before the timed phase,
 *    sized from a warm-up, and every 323 comes from an aanbieder of its own.
 *    Receivers take their messages from the mailbox, so the worker is idle.
 * 2. baseline: the bodies of phase 1 again (each with a new Identificatie),
 *    same load, against a minimal server in a child process that only parses
 *    (libs/iwmo `parse`) and inserts the raw message into the same messages
 *    table (one INSERT): what the gateway's checks, authorisation, state and
 *    outbox cost on top.
 * 3. delivery: with the worker stopped, a burst of N toewijzingen to an
 *    aanbieder with a webhook; then the worker is started and the receiver
 *    counts deliveries per second until all N arrived.
 *
 * Prints a markdown table and writes it, with the machine, into
 * docs/benchmarks-ingest.md (between the results markers).
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { freePort, Harness, ManagedProcess, REPO_ROOT, sleep, waitFor, type TestParty } from '../test/e2e/harness';
import { MessageFactory, withIdentificatie, type Chain } from '../test/e2e/messages';
import { positiveIntArg, writeDocSection } from './lib/bench-io';
import { useBenchKeys } from './lib/bench-keys';

// The gateway runs from dist, so the baseline does too (`npm run build` first).
const DIST_IWMO = join(REPO_ROOT, 'dist', 'libs', 'iwmo', 'src', 'index.js');
const DIST_PERSISTENCE = join(REPO_ROOT, 'dist', 'libs', 'persistence', 'src', 'index.js');
const DOC = join(REPO_ROOT, 'docs', 'benchmarks-ingest.md');
const RESULTS_START = '<!-- results:start -->';
const RESULTS_END = '<!-- results:end -->';

interface Options {
  durationS: number;
  warmupS: number;
  connections: number;
  burst: number;
}

function options(argv: readonly string[]): Options {
  const value = (name: string, fallback: number) => positiveIntArg(argv, name, fallback);
  return { durationS: value('duration', 20), warmupS: value('warmup', 3), connections: value('connections', 8), burst: value('burst', 1000) };
}

// ------------------------------------------------------------------ autocannon

interface AutocannonResult {
  requests: { average: number; total: number; sent: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  setupRequest?: (req: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => unknown;
// No bundled types and no @types package in the project; the shape used is declared above.
const autocannon = require('autocannon') as Autocannon;

/** Closed-loop load: each connection posts the next body when its previous one is answered. Keeps a few non-2xx answers. */
function load(url: string, durationS: number, connections: number, next: () => Outgoing, refusals: string[] = []): Promise<AutocannonResult> {
  const request: AutocannonRequest = {
    method: 'POST',
    path: '/v1/berichten',
    setupRequest: (req) => {
      const { key, body } = next();
      return { ...req, headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` }, body };
    },
    onResponse: (status, body) => {
      if ((status < 200 || status >= 300) && refusals.length < 3) refusals.push(`${status} ${body.slice(0, 600)}`);
    },
  };
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: durationS, timeout: 30, requests: [request] }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// ------------------------------------------------------------------ messages

interface Outgoing {
  key: string;
  body: string;
}

/** A chain whose earlier messages the gateway has accepted, with the key of its aanbieder. */
interface Prepared {
  chain: Chain;
  aanbiederKey: string;
}

/** The gateway phase's bodies: 301, 305, 323 in turn; a 301 in place of a 305/323 when its pool ran dry (counted). */
class Mix {
  readonly sent: string[] = [];
  fallbacks = 0;
  private n = 0;
  private toewijzingen = 0;

  constructor(
    private readonly factory: MessageFactory,
    private readonly gemeente: TestParty,
    private readonly aanbieders: readonly TestParty[],
    private readonly toStart: Prepared[],
    private readonly toDeclare: Prepared[],
  ) {}

  next = (): Outgoing => {
    this.n += 1;
    const kind = this.n % 3;
    const prepared = kind === 1 ? this.toStart.pop() : kind === 2 ? this.toDeclare.pop() : undefined;
    if (kind !== 0 && !prepared) this.fallbacks += 1;
    const out: Outgoing = prepared
      ? { key: prepared.aanbiederKey, body: kind === 1 ? this.factory.start(prepared.chain) : this.factory.declaratie(prepared.chain) }
      : this.freshToewijzing();
    this.sent.push(out.body);
    return out;
  };

  freshToewijzing(): Outgoing {
    const aanbieder = this.aanbieders[this.toewijzingen++ % this.aanbieders.length]!;
    return { key: this.gemeente.key, body: this.factory.toewijzing(this.factory.chain(this.gemeente.party.code, aanbieder.party.code)) };
  }
}

/** Posts them all with `concurrency` requests in flight (outside any measurement); every answer must be 202. */
async function postAll(h: Harness, outgoing: Outgoing[], concurrency = 8): Promise<void> {
  let next = 0;
  const sender = async () => {
    while (next < outgoing.length) {
      const { key, body } = outgoing[next++]!;
      const response = await h.post(key, body);
      const text = await response.text();
      if (response.status !== 202) throw new Error(`expected 202, got ${response.status}: ${text.slice(0, 600)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
}

// ------------------------------------------------------------------ baseline server (child process)

/** The baseline: parse, then one INSERT of the raw message into the messages table. Nothing else. */
async function baselineServer(port: number, databaseUrl: string): Promise<void> {
  const { parse } = require(DIST_IWMO) as typeof import('../libs/iwmo/src');
  const persistence = require(DIST_PERSISTENCE) as typeof import('../libs/persistence/src');
  const { PgDatabase, MessageRepository } = persistence;
  // The INSERT seals the body, as the gateway's does (encryption at rest is part of the cost).
  useBenchKeys(persistence);
  // The gateway's pool size (PgDatabase's default).
  const db = new PgDatabase(databaseUrl, { applicationName: 'iwmo-bench-baseline' });
  const messages = new MessageRepository(db);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const raw = Buffer.concat(chunks);
        let status = 202;
        const id = randomUUID();
        try {
          const model = parse(raw);
          const header = (model.bericht as unknown as { Header: { Afzender: string; Ontvanger: string; BerichtIdentificatie: { Identificatie: string; Dagtekening: string } } }).Header;
          await messages.insert({
            id, messageType: model.code, kind: null, submittedBy: null, recipientId: null,
            afzender: header.Afzender, ontvanger: header.Ontvanger,
            identificatie: header.BerichtIdentificatie.Identificatie, dagtekening: header.BerichtIdentificatie.Dagtekening,
            status: 'accepted', retourcodes: [], errors: [], raw, sha256: createHash('sha256').update(raw).digest('hex'),
            inReplyTo: null, madeByGateway: false,
          });
        } catch (error) {
          status = (error as { code?: string }).code ? 500 : 422;
        }
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
      })();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  process.stdout.write(`baseline listening on ${port}\n`);
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void db.close().finally(() => process.exit(0));
  });
}

// ------------------------------------------------------------------ where the time goes

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return undefined;
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** CPU seconds so far of each PostgreSQL server process on this machine (other databases' work included). */
function postgresCpu(): Map<number, number> | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') byPid.set(Number(entry), cpuSeconds(Number(entry)) ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return byPid;
}

/** CPU seconds PostgreSQL used between two readings: processes that ended meanwhile (other clients' short connections) are left out. */
function postgresCpuUsed(before: Map<number, number>, after: Map<number, number>): number {
  let used = 0;
  for (const [pid, seconds] of after) used += seconds - (before.get(pid) ?? 0);
  return used;
}

interface TableStats {
  seqScan: number;
  seqRead: number;
  idxScan: number;
  written: number;
}

/** PostgreSQL's counters for the tables of the run's schema (flushed by each backend about once a second). */
async function tableStats(h: Harness): Promise<Map<string, TableStats>> {
  const { rows } = await h.database.query<{ relname: string; seq_scan: string; seq_tup_read: string; idx_scan: string | null; written: string }>(
    `SELECT relname, seq_scan, seq_tup_read, idx_scan, n_tup_ins + n_tup_upd + n_tup_del AS written FROM pg_stat_user_tables WHERE schemaname = $1`,
    [h.schema],
  );
  return new Map(rows.map((r) => [r.relname, { seqScan: Number(r.seq_scan), seqRead: Number(r.seq_tup_read), idxScan: Number(r.idx_scan ?? 0), written: Number(r.written) }]));
}

/** Per answered request: what PostgreSQL did in the run's schema between two readings, and the tables read sequentially most. */
function tableWork(before: Map<string, TableStats>, after: Map<string, TableStats>, requests: number): { note: string; seqTables: string } {
  const total = { seqScan: 0, seqRead: 0, idxScan: 0, written: 0 };
  const seq: Array<[string, number]> = [];
  for (const [table, a] of after) {
    const b = before.get(table) ?? { seqScan: 0, seqRead: 0, idxScan: 0, written: 0 };
    for (const k of Object.keys(total) as Array<keyof TableStats>) total[k] += a[k] - b[k];
    if (a.seqRead > b.seqRead) seq.push([table, (a.seqRead - b.seqRead) / requests]);
  }
  const per = (n: number) => (n / requests).toFixed(1);
  return {
    note: `PostgreSQL per request (about): ${per(total.idxScan)} index scans, ${per(total.seqScan)} sequential scans reading ${per(total.seqRead)} rows, ${per(total.written)} rows written`,
    seqTables: seq.sort((x, y) => y[1] - x[1]).slice(0, 4).map(([t, n]) => `${t} ${n.toFixed(0)}`).join(', '),
  };
}

/** Sum and count of the gateway's iwmo_validation_seconds histogram. */
async function validationTotals(url: string): Promise<{ sum: number; count: number }> {
  const text = await (await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
  const value = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { sum: value('iwmo_validation_seconds_sum'), count: value('iwmo_validation_seconds_count') };
}

interface Measured {
  result: AutocannonResult;
  /** CPU ms per answered request of the server process, and of PostgreSQL */
  serverMs: number | undefined;
  postgresMs: number | undefined;
}

/** Runs the load and measures the CPU of the server and of PostgreSQL over it. */
async function measured(pid: number | undefined, run: () => Promise<AutocannonResult>): Promise<Measured> {
  const [serverBefore, postgresBefore] = [cpuSeconds(pid), postgresCpu()];
  const result = await run();
  const [serverAfter, postgresAfter] = [cpuSeconds(pid), postgresCpu()];
  const perRequest = (seconds: number | undefined) => (seconds === undefined || !result.requests.total ? undefined : (seconds * 1000) / result.requests.total);
  return {
    result,
    serverMs: perRequest(serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore),
    postgresMs: perRequest(postgresBefore && postgresAfter ? postgresCpuUsed(postgresBefore, postgresAfter) : undefined),
  };
}

const cpuNote = (m: Measured) =>
  (m.serverMs === undefined ? '' : `; CPU per request: server process ${m.serverMs.toFixed(1)} ms`) +
  (m.postgresMs === undefined ? '' : `, PostgreSQL ${m.postgresMs.toFixed(1)} ms`);

// ------------------------------------------------------------------ phases

interface Row {
  path: string;
  requests: number;
  rps: number;
  p50: number | null;
  p99: number | null;
  errorRate: number;
  note: string;
}

function row(path: string, r: AutocannonResult, note: string): Row {
  const total = r.requests.total + r.errors + r.timeouts;
  const bad = r.non2xx + r.errors + r.timeouts;
  const codes = Object.entries(r.statusCodeStats).map(([code, s]) => `${code}: ${s.count}`).join(', ');
  return { path, requests: r.requests.total, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errorRate: total ? bad / total : 0, note: `${note}; HTTP ${codes || 'none'}${r.errors ? `; ${r.errors} socket errors` : ''}${r.timeouts ? `; ${r.timeouts} timeouts` : ''}` };
}

async function deliveryPhase(h: Harness, factory: MessageFactory, gemeente: TestParty, webhook: TestParty, burst: number): Promise<Row> {
  const receiver = h.receiver!;
  await h.worker.stop('SIGTERM');
  receiver.reset();
  // Accept the burst while no worker runs: the jobs wait in Redis.
  await postAll(h, Array.from({ length: burst }, () => ({
    key: gemeente.key, body: factory.toewijzing(factory.chain(gemeente.party.code, webhook.party.code)),
  })));

  const started = performance.now();
  await h.startWorker();
  const ready = performance.now();
  await waitFor(`${burst} deliveries at the receiver`, () => receiver.acceptedKeys().size >= burst, {
    timeoutMs: 90_000, intervalMs: 50, describeLast: () => `${receiver.acceptedKeys().size} delivered`,
  });
  const done = performance.now();
  // The receiver has answered; the worker records each delivery just after.
  const delivered = await waitFor(`${burst} deliveries marked delivered`, async () => {
    const n = await h.count(`SELECT count(*) AS n FROM deliveries WHERE party_id = $1 AND status = 'delivered'`, [webhook.party.id]);
    return n >= burst && n;
  }, { timeoutMs: 30_000, intervalMs: 100 });
  const firstAt = Math.min(...receiver.requests.map((r) => r.at));
  const lastAt = Math.max(...receiver.requests.map((r) => r.at));
  const perSecond = (burst - 1) / ((lastAt - firstAt) / 1000);
  const duplicates = receiver.requests.length - receiver.distinctKeys().size;
  const badSignatures = receiver.requests.filter((r) => !r.signature.valid).length;
  return {
    path: `worker: webhook delivery of a burst of ${burst}`,
    requests: burst,
    rps: perSecond,
    p50: null,
    p99: null,
    errorRate: (burst - delivered) / burst,
    note: `first to last delivery at the receiver; all ${burst} within ${Math.round(done - started)} ms of starting the worker (${Math.round(ready - started)} ms of it start-up); ` +
      `${duplicates} repeated requests, ${badSignatures} bad signatures; ${delivered} marked delivered`,
  };
}

// ------------------------------------------------------------------ report

function machine(h: Harness, loadAtStart: number[]): Promise<string[]> {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const redis = execFileSync('redis-server', ['--version']).toString().match(/v=(\S+)/)?.[1] ?? '?';
  return h.database.query<{ server_version: string }>('SHOW server_version').then(({ rows }) => [
    `${availableParallelism()} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM`,
    `Node ${process.version}, PostgreSQL ${rows[0]!.server_version}, Redis ${redis}, all on loopback`,
    `load average (1/5/15 min) when the run started: ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}; the machine runs nothing but this when that is near 0`,
  ]);
}

function table(rows: readonly Row[]): string {
  const f = (n: number | null, digits = 1) => (n === null ? '-' : n.toFixed(digits));
  return [
    '| path | requests | req/s | p50 ms | p99 ms | error rate | notes |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.path} | ${r.requests} | ${f(r.rps)} | ${f(r.p50)} | ${f(r.p99)} | ${(r.errorRate * 100).toFixed(2)} % | ${r.note} |`),
  ].join('\n');
}

/** The gateway's throughput as a share of the baseline's in the same run (the goal: at least 50 %). */
function ratioLine(gateway: Row, baseline: Row): string {
  return `ratio gateway / baseline: ${((gateway.rps / baseline.rps) * 100).toFixed(1)} % (${gateway.rps.toFixed(1)} of ${baseline.rps.toFixed(1)} req/s)`;
}

function writeDoc(section: string): void {
  writeDocSection(DOC, { start: RESULTS_START, end: RESULTS_END }, 'Ingest benchmark', section);
}

// ------------------------------------------------------------------ main

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === '--baseline-server') return baselineServer(Number(argv[1]), argv[2]!);
  for (const file of [DIST_IWMO, DIST_PERSISTENCE]) if (!existsSync(file)) throw new Error('run `npm run build` first: the benchmark runs dist/');
  const o = options(argv);
  const began = Date.now();
  const loadAtStart = loadavg();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const h = await Harness.start({ name: 'bench-ingest', logLevel: 'warn', deliveryBackoffMs: 1000, webhookTimeoutMs: 10_000 });
  let baseline: ManagedProcess | undefined;
  try {
    const factory = new MessageFactory('B');
    const gemeente = await h.createParty('gemeente', '0503', 'Gemeente Delft');
    const aanbieders = [await h.createParty('aanbieder', '12345678', 'Zorg BV'), await h.createParty('aanbieder', '23456789', 'Thuiszorg BV')];
    const webhook = await h.createParty('aanbieder', '34567890', 'Huishoudelijke Hulp BV', 'webhook');
    const rows: Row[] = [];

    // Warm-up with toewijzingen only (they need nothing before them); its rate sizes the pools.
    say(`gateway: warm-up ${o.warmupS} s with ${o.connections} connections`);
    const warm = new Mix(factory, gemeente, aanbieders, [], []);
    const warmup = await load(h.gatewayUrl, o.warmupS, o.connections, () => warm.freshToewijzing());
    const perKind = Math.min(20_000, Math.ceil((Math.max(warmup.requests.average, 20) * o.durationS * 1.5) / 3));

    say(`gateway: preparing ${perKind} toewijzingen to start and ${perKind} toewijzingen with starts to declare (each for an aanbieder of its own)`);
    const preparing = performance.now();
    const toStart: Prepared[] = Array.from({ length: perKind }, (_, i) => {
      const aanbieder = aanbieders[i % aanbieders.length]!;
      return { chain: factory.chain(gemeente.party.code, aanbieder.party.code), aanbiederKey: aanbieder.key };
    });
    const toDeclare: Prepared[] = [];
    for (let i = 0; i < perKind; i += 50) {
      // TR318: one declaratie per month per aanbieder and gemeente, so each 323 has its own aanbieder.
      toDeclare.push(...(await Promise.all(Array.from({ length: Math.min(50, perKind - i) }, async (_, j) => {
        const own = await h.createParty('aanbieder', String(40_000_000 + i + j), `Declarant ${i + j}`);
        return { chain: factory.chain(gemeente.party.code, own.party.code), aanbiederKey: own.key };
      }))));
    }
    await postAll(h, [...toStart, ...toDeclare].map((p) => ({ key: gemeente.key, body: factory.toewijzing(p.chain) })));
    await postAll(h, toDeclare.map((p) => ({ key: p.aanbiederKey, body: factory.start(p.chain) })));
    const preparedS = (performance.now() - preparing) / 1000;

    say(`gateway: ${o.durationS} s with ${o.connections} connections`);
    const mix = new Mix(factory, gemeente, aanbieders, toStart, toDeclare);
    const refusals: string[] = [];
    const acceptedBefore = await h.count(`SELECT count(*) AS n FROM messages WHERE status = 'accepted' AND NOT made_by_gateway`);
    const validationBefore = await validationTotals(h.gatewayUrl);
    await sleep(1_500); // PostgreSQL's backends flush their table counters about once a second
    const statsBefore = await tableStats(h);
    const gateway = await measured(h.gateway.pid, () => load(h.gatewayUrl, o.durationS, o.connections, mix.next, refusals));
    await sleep(1_500); // the requests in flight at the end land, and the counters are flushed
    const gatewayWork = tableWork(statsBefore, await tableStats(h), gateway.result.requests.total);
    say(`  ${gatewayWork.note}; rows read sequentially per request: ${gatewayWork.seqTables || 'none'}`);
    const validationAfter = await validationTotals(h.gatewayUrl);
    const accepted = (await h.count(`SELECT count(*) AS n FROM messages WHERE status = 'accepted' AND NOT made_by_gateway`)) - acceptedBefore;
    const validationMs = ((validationAfter.sum - validationBefore.sum) / (validationAfter.count - validationBefore.count)) * 1000;
    for (const refusal of refusals) say(`  not accepted: ${refusal}`);
    rows.push(row('gateway: POST /v1/berichten (301/305/323 in turn)', gateway.result,
      `${accepted} accepted in PostgreSQL (with those in flight at the end); judging (XSD, rules and their state) ${validationMs.toFixed(1)} ms mean${cpuNote(gateway)}; ${gatewayWork.note}` +
      `${mix.fallbacks ? `; ${mix.fallbacks} 305/323 replaced by a 301 (pool ran dry)` : ''}; ${2 * perKind} toewijzingen and ${perKind} starts sent before, in ${preparedS.toFixed(0)} s`));

    const port = await freePort();
    baseline = new ManagedProcess('baseline', process.execPath, [...process.execArgv, __filename, '--baseline-server', String(port), h.databaseUrl], { PATH: process.env.PATH }, join(h.artifacts, 'baseline.log'));
    baseline.start();
    await waitFor('the baseline server', () => baseline!.log().includes('baseline listening'), { timeoutMs: 20_000 });
    say(`baseline: warm-up ${o.warmupS} s, then ${o.durationS} s with ${o.connections} connections`);
    const baseUrl = `http://127.0.0.1:${port}`;
    let replayed = 0;
    const replay = (): Outgoing => ({ key: '-', body: withIdentificatie(mix.sent[replayed++ % mix.sent.length]!, factory.identificatie()) });
    await load(baseUrl, o.warmupS, o.connections, replay);
    await sleep(1_500);
    const baseStatsBefore = await tableStats(h);
    const baseRun = await measured(baseline.pid, () => load(baseUrl, o.durationS, o.connections, replay));
    await sleep(1_500);
    const baseWork = tableWork(baseStatsBefore, await tableStats(h), baseRun.result.requests.total);
    rows.push(row('baseline: parse + INSERT only', baseRun.result, `the gateway phase's bodies again, same load${cpuNote(baseRun)}; ${baseWork.note}`));
    await baseline.stop('SIGTERM');

    say(`delivery: burst of ${o.burst} to a webhook, then the worker`);
    rows.push(await deliveryPhase(h, factory, gemeente, webhook, o.burst));

    const facts = await machine(h, loadAtStart);
    const command = `npm run build && npx tsx bench/ingest.bench.ts${argv.length ? ` ${argv.join(' ')}` : ''}`;
    const section = [
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` (${Math.round((Date.now() - began) / 1000)} s in all):`,
      '',
      ...facts.map((f) => `- ${f}`),
      `- ${o.connections} connections, ${o.durationS} s per phase after ${o.warmupS} s warm-up; XSD_THREADS default (min(4, cores))`,
      '',
      table(rows),
      '',
      ratioLine(rows[0]!, rows[1]!),
    ].join('\n');
    say(`\n${section}\n`);
    writeDoc(section);
    say(`written to ${DOC}`);
  } finally {
    await baseline?.stop('SIGKILL');
    await h.teardown();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
