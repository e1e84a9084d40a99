/**
 * Soak: a sustained mixed load on the real gateway and worker processes for
 * minutes, with the largest legal message sent in the middle of it. Loopback only.
 *
 *   npm run build && npx tsx bench/soak.bench.ts [--duration 300] [--connections 8] [--interval 5] [--no-big] [--big-at 150] [--replicas 1] [--doc]
 *   (SOAK_DURATION_S=60 shortens the default duration for development)
 *
 * Set-up (not measured): the harness (test/e2e/harness.ts: a fresh PostgreSQL
 * schema, a redis-server of its own, the built gateway and worker), the gemeente
 * Delft with a webhook, a 25 MB WMO323 (bench/lib/large-declaratie.ts) with its
 * toewijzingen in the store and its tarieven in the contract register.
 *
 * Load: `connections` lanes, each a closed loop that walks one client's chain at a
 * time (bench/lib/soak-messages.ts): 301, 305, 323, 307, 315, and now and then a
 * second copy of the start (9056), a start of a toewijzing never sent, a
 * toewijzing the XSD refuses. Each chain's aanbieder is new (a webhook party made
 * before its first message): an aanbieder declares a month once per gemeente
 * (TR318). Every party has a webhook on one receiver in this process, so every
 * accepted message and every retourbericht is delivered while the load runs.
 *
 * Every `interval` seconds a sample: requests/s, p50/p99 latency of the window,
 * errors (an answer other than the one expected: 202 for a valid message, 422
 * for a refused one; socket errors), RSS of the gateway and worker (/proc), their
 * V8 heap (/metrics), Redis used_memory, the delivery backlog (pending webhook
 * deliveries in PostgreSQL).
 *
 * The big message: at --big-at seconds (default: half-way) the 25 MB declaratie
 * is posted on a connection of its own; the small messages' p50/p99 are reported
 * for the 30 s before it, while it runs, and the 30 s after it.
 *
 * --replicas N runs N gateway and N worker processes on the one schema and Redis;
 * the lanes take the gateways in turn, the big message goes to the first, and the
 * memory columns are those of the first gateway and worker.
 *
 * At the end the load stops, the deliveries drain, and the receiver's count is
 * compared with PostgreSQL: every delivery taken in once, none lost, none twice;
 * every 202 the lanes saw is an accepted message, and every accepted message
 * (and retourbericht) has its delivery. The samples go to
 * test-artifacts/bench/soak-<time>.{json,csv}; with --doc the summary replaces
 * the results section of docs/benchmarks-load.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Harness, REPO_ROOT, sleep, waitFor, type TestParty } from '../test/e2e/harness';
import { MessageFactory } from '../test/e2e/messages';
import { largeDeclaratie, LARGE_AANBIEDER, storeToewijzingenFor, writeContractsFor } from './lib/large-declaratie';
import { appMetrics, machineFacts, mib, percentile, redisInfo, rssBytes } from './lib/process-stats';
import { SoakMessages, type MixMessage } from './lib/soak-messages';
import { positiveIntArg, writeDocSection } from './lib/bench-io';

const OUT_DIR = join(REPO_ROOT, 'test-artifacts', 'bench');
const DOC = join(REPO_ROOT, 'docs', 'benchmarks-load.md');
const RESULTS_START = '<!-- soak-results:start -->';
const RESULTS_END = '<!-- soak-results:end -->';
/** Chains (each with an aanbieder of its own, contracted in the bench's register) a run may walk: 40 a second, at least 24,000. */
const maxChains = (durationS: number) => Math.max(24_000, Math.ceil(durationS * 40));
const aanbiederCode = (i: number) => String(40_000_000 + i);
/** Length of the windows before and after the big message. */
const AROUND_S = 30;

interface Options {
  durationS: number;
  connections: number;
  intervalS: number;
  big: boolean;
  bigAtS: number;
  doc: boolean;
  /** gateway and worker processes of each kind */
  replicas: number;
}

function options(argv: readonly string[]): Options {
  const value = (name: string, fallback: number) => positiveIntArg(argv, name, fallback);
  const envDuration = process.env.SOAK_DURATION_S ? Number(process.env.SOAK_DURATION_S) : undefined;
  if (envDuration !== undefined && (!Number.isInteger(envDuration) || envDuration <= 0)) throw new Error('SOAK_DURATION_S needs a positive whole number');
  const durationS = value('duration', envDuration ?? 300);
  return {
    durationS,
    connections: value('connections', 8),
    intervalS: value('interval', 5),
    big: !argv.includes('--no-big'),
    bigAtS: value('big-at', Math.round(durationS / 2)),
    doc: argv.includes('--doc'),
    replicas: value('replicas', 1),
  };
}

// ------------------------------------------------------------------ load

/** One answered (or failed) request of the small-message load. */
interface Done {
  /** ms since the load started, when the answer came */
  at: number;
  ms: number;
  kind: string;
  status: number | 'socket error';
  ok: boolean;
}

interface LoadState {
  readonly started: number;
  readonly deadline: number;
  readonly done: Done[];
  /** answers that were not the expected ones (first few, for the report) */
  readonly surprises: string[];
  accepted: number;
  refused: number;
  chains: number;
}

async function send(gatewayUrl: string, key: string, body: string | Buffer): Promise<{ status: number; text: string }> {
  const response = await fetch(`${gatewayUrl}/v1/berichten`, {
    method: 'POST',
    headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, text: await response.text() };
}

/** A closed loop: one chain after another until the deadline; each message waits for the previous answer. */
async function lane(h: Harness, gatewayUrl: string, state: LoadState, soak: SoakMessages, gemeente: TestParty, nextCode: () => string): Promise<void> {
  while (Date.now() < state.deadline) {
    // Set-up of the chain, not a measured request: its aanbieder, with a webhook.
    const aanbieder = await h.createParty('aanbieder', nextCode(), `Soak aanbieder ${state.chains}`, 'webhook');
    state.chains += 1;
    for (const message of soak.chain(gemeente.party.code, aanbieder.party.code)) {
      if (Date.now() >= state.deadline) return;
      await measure(state, message, () => send(gatewayUrl, message.from === 'gemeente' ? gemeente.key : aanbieder.key, message.body));
    }
  }
}

async function measure(state: LoadState, message: MixMessage, request: () => Promise<{ status: number; text: string }>): Promise<void> {
  const t = performance.now();
  let status: Done['status'];
  let text = '';
  try {
    ({ status, text } = await request());
  } catch (error) {
    status = 'socket error';
    text = (error as Error).message;
  }
  const ok = status === message.expected;
  if (status === 202) state.accepted += 1;
  if (status === 422) state.refused += 1;
  if (!ok && state.surprises.length < 5) state.surprises.push(`${message.kind}: expected ${message.expected}, got ${status} ${text.slice(0, 400)}`);
  state.done.push({ at: Date.now() - state.started, ms: performance.now() - t, kind: message.kind, status, ok });
}

// ------------------------------------------------------------------ samples

interface Sample {
  t: number;
  requests: number;
  rps: number;
  p50: number | undefined;
  p99: number | undefined;
  errors: number;
  refusedAsExpected: number;
  gatewayRss: number | undefined;
  gatewayHeap: number | undefined;
  /** the gateway's longest event-loop delay since the previous sample, ms */
  gatewayLagMaxMs: number | undefined;
  workerRss: number | undefined;
  workerHeap: number | undefined;
  redisUsed: number | undefined;
  backlog: number;
  deliveredAtReceiver: number;
  bigInFlight: boolean;
}

async function takeSample(h: Harness, state: LoadState, from: number, to: number, bigInFlight: boolean): Promise<Sample> {
  const window = state.done.filter((d) => d.at >= from && d.at < to);
  const [gateway, worker, redis, backlog] = await Promise.all([
    appMetrics(`${h.gatewayUrl}/metrics`),
    appMetrics(`http://127.0.0.1:${h.workerMetricsPort}/metrics`),
    redisInfo(h.redis.port),
    h.count(`SELECT count(*) AS n FROM deliveries WHERE channel = 'webhook' AND status = 'pending'`),
  ]);
  return {
    t: Math.round(to / 1000),
    requests: window.length,
    rps: window.length / ((to - from) / 1000),
    p50: percentile(window.map((d) => d.ms), 50),
    p99: percentile(window.map((d) => d.ms), 99),
    errors: window.filter((d) => !d.ok).length,
    refusedAsExpected: window.filter((d) => d.ok && d.status === 422).length,
    gatewayRss: rssBytes(h.gateway.pid),
    gatewayHeap: gateway.heapUsedBytes,
    gatewayLagMaxMs: gateway.eventLoopLagMaxSeconds === undefined ? undefined : gateway.eventLoopLagMaxSeconds * 1000,
    workerRss: rssBytes(h.worker.pid),
    workerHeap: worker.heapUsedBytes,
    redisUsed: redis.used_memory ? Number(redis.used_memory) : undefined,
    backlog,
    deliveredAtReceiver: h.receiver!.requests.length,
    bigInFlight,
  };
}

const f0 = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(0));
const f1 = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(1));

const SAMPLE_HEADER = '| t s | req/s | p50 ms | p99 ms | errors | refused (expected) | gateway RSS / heap MiB | gateway event-loop lag max ms | worker RSS / heap MiB | Redis MiB | backlog | webhook requests |';
const SAMPLE_RULE = `|${'---|'.repeat(12)}`;
const sampleRow = (s: Sample) =>
  `| ${s.t}${s.bigInFlight ? ' (25 MB in flight)' : ''} | ${f1(s.rps)} | ${f0(s.p50)} | ${f0(s.p99)} | ${s.errors} | ${s.refusedAsExpected} | ${mib(s.gatewayRss)} / ${mib(s.gatewayHeap)} | ${f0(s.gatewayLagMaxMs)} | ${mib(s.workerRss)} / ${mib(s.workerHeap)} | ${f1(s.redisUsed === undefined ? undefined : s.redisUsed / 2 ** 20)} | ${s.backlog} | ${s.deliveredAtReceiver} |`;

function writeArtifacts(stamp: string, samples: readonly Sample[], summary: Record<string, unknown>): string[] {
  mkdirSync(OUT_DIR, { recursive: true });
  const json = join(OUT_DIR, `soak-${stamp}.json`);
  const csv = join(OUT_DIR, `soak-${stamp}.csv`);
  writeFileSync(json, JSON.stringify({ summary, samples }, null, 2));
  const columns = Object.keys(samples[0] ?? {}) as Array<keyof Sample>;
  writeFileSync(csv, [columns.join(','), ...samples.map((s) => columns.map((c) => s[c] ?? '').join(','))].join('\n') + '\n');
  return [json, csv];
}

function writeDoc(section: string): void {
  writeDocSection(DOC, { start: RESULTS_START, end: RESULTS_END }, 'Load benchmarks', section);
}

// ------------------------------------------------------------------ the count at the end

interface Count {
  lines: string[];
  clean: boolean;
}

/** Waits for the backlog to drain, then compares what the receiver took in with PostgreSQL. */
async function countAtReceivers(h: Harness, state: LoadState, bigAccepted: boolean): Promise<Count> {
  const receiver = h.receiver!;
  const drainStart = performance.now();
  await waitFor('the delivery backlog to drain', async () =>
    (await h.count(`SELECT count(*) AS n FROM deliveries WHERE channel = 'webhook' AND status = 'pending'`)) === 0,
  { timeoutMs: 600_000, intervalMs: 500, describeLast: async () => `${await h.count(`SELECT count(*) AS n FROM deliveries WHERE status = 'pending'`)} pending` });
  const drainS = (performance.now() - drainStart) / 1000;
  await sleep(500); // the last answers are written by the receiver after the worker has recorded them

  const { rows: deliveries } = await h.database.query<{ id: string; message_id: string; status: string; channel: string }>('SELECT id, message_id, status, channel FROM deliveries');
  const sent = await h.count(`SELECT count(*) AS n FROM messages WHERE NOT made_by_gateway`);
  const accepted = await h.count(`SELECT count(*) AS n FROM messages WHERE status = 'accepted' AND NOT made_by_gateway`);
  const rejected = await h.count(`SELECT count(*) AS n FROM messages WHERE status = 'rejected'`);
  const retours = await h.count(`SELECT count(*) AS n FROM messages WHERE made_by_gateway`);
  const partlyRefused = await h.count(`SELECT count(*) AS n FROM messages r JOIN messages m ON m.id = r.in_reply_to WHERE r.made_by_gateway AND m.status = 'accepted'`);
  const withoutDelivery = await h.count(`SELECT count(*) AS n FROM messages m WHERE m.status = 'accepted' AND m.recipient_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.message_id = m.id)`);

  const ids = new Set(deliveries.map((d) => d.id));
  const okAnswers = receiver.requests.filter((r) => typeof r.outcome === 'number' && r.outcome >= 200 && r.outcome < 300);
  const takenIn = new Map<string, number>();
  for (const r of okAnswers) takenIn.set(r.idempotencyKey ?? '-', (takenIn.get(r.idempotencyKey ?? '-') ?? 0) + 1);
  const lost = deliveries.filter((d) => !takenIn.has(d.id)).length;
  const twice = [...takenIn.values()].filter((n) => n > 1).length;
  const unknown = [...takenIn.keys()].filter((k) => !ids.has(k)).length;
  const repeatedRequests = receiver.requests.length - receiver.distinctKeys().size;
  const badSignatures = receiver.requests.filter((r) => !r.signature.valid).length;
  const notDelivered = deliveries.filter((d) => d.status !== 'delivered').length;
  const expectedAccepted = state.accepted + (bigAccepted ? 1 : 0);

  const clean = lost === 0 && twice === 0 && unknown === 0 && badSignatures === 0 && notDelivered === 0 && withoutDelivery === 0
    && accepted === expectedAccepted && rejected === state.refused && deliveries.length === accepted + retours;
  return {
    clean,
    lines: [
      `the backlog drained ${drainS.toFixed(1)} s after the load stopped`,
      `PostgreSQL: ${sent} messages received (${accepted} accepted, ${rejected} refused), ${retours} retourberichten made by the gateway (${partlyRefused} of them a 325 for prestaties refused in an accepted declaratie); ${deliveries.length} deliveries (all webhook: ${deliveries.every((d) => d.channel === 'webhook')}), ${notDelivered} not delivered; accepted messages without a delivery: ${withoutDelivery}`,
      `the lanes saw ${state.accepted} x 202 and ${state.refused} x 422${bigAccepted ? ', plus the 25 MB declaratie accepted' : ''}: ${accepted === expectedAccepted && rejected === state.refused ? 'the same as PostgreSQL' : 'NOT the same as PostgreSQL'}`,
      `receiver: ${receiver.requests.length} webhook requests, ${takenIn.size} deliveries taken in (2xx by Idempotency-Key); lost ${lost}, taken in twice ${twice}, unknown keys ${unknown}, repeated requests ${repeatedRequests}, bad signatures ${badSignatures}`,
      clean ? 'zero loss, zero duplicates: every accepted message and every retourbericht was taken in by its receiver exactly once' : 'NOT CLEAN: see the counts above',
    ],
  };
}

// ------------------------------------------------------------------ main

function windowStats(done: readonly Done[], from: number, to: number): { n: number; p50: number | undefined; p99: number | undefined } {
  const ms = done.filter((d) => d.at >= from && d.at < to).map((d) => d.ms);
  return { n: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

const mean = (...values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The samples' field per minute of the run, aggregated (e.g. Math.min), in MiB: "296, 310, ...". */
function perMinute(samples: readonly Sample[], field: keyof Sample, aggregate: (...values: number[]) => number): string {
  const minutes = new Map<number, number[]>();
  for (const s of samples) {
    const value = s[field];
    if (typeof value !== 'number') continue;
    const minute = Math.floor((s.t - 1) / 60);
    minutes.set(minute, [...(minutes.get(minute) ?? []), value]);
  }
  return [...minutes.values()].map((values) => mib(aggregate(...values))).join(', ');
}

function meanOf(samples: readonly Sample[], field: keyof Sample): number | undefined {
  const values = samples.map((s) => s[field]).filter((v): v is number => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

async function main(argv: readonly string[]): Promise<void> {
  const o = options(argv);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const began = Date.now();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const loadAtStart = loadavg();
  mkdirSync(join(REPO_ROOT, 'bench', 'out'), { recursive: true });
  // Each chain's aanbieder is contracted like the demo aanbieder, so its declaratie meets TR418.
  const contractsFile = writeContractsFor(REPO_ROOT, join(REPO_ROOT, 'bench', 'out', 'soak-contracts.json'), Array.from({ length: maxChains(o.durationS) }, (_, i) => aanbiederCode(i)));
  const big = o.big ? largeDeclaratie() : undefined;
  if (big) say(`25 MB declaratie: ${(big.bytes / 2 ** 20).toFixed(1)} MiB, ${big.prestaties} prestaties of ${big.clients} clients`);

  const h = await Harness.start({ name: 'bench-soak', logLevel: 'warn', deliveryBackoffMs: 1000, webhookTimeoutMs: 30_000, env: { CONTRACTS_FILE: contractsFile, RATE_LIMIT_PER_MINUTE: '0' } });
  let stopReplicas: () => Promise<unknown> = async () => undefined;
  try {
    // --replicas N: N gateway and N worker processes on the one schema and Redis (docs/scaling.md).
    const replicas = await Promise.all(Array.from({ length: o.replicas - 1 }, async (_, i) => [
      await h.startGatewayReplica(`gateway-${i + 2}`), await h.startWorkerReplica(`worker-${i + 2}`),
    ] as const));
    const gatewayUrls = [h.gatewayUrl, ...replicas.map(([gateway]) => gateway.url)];
    stopReplicas = () => Promise.all(replicas.flatMap(([gateway, worker]) => [gateway.process.stop('SIGTERM', 5_000), worker.process.stop('SIGTERM', 5_000)]));
    const gemeente = await h.createParty('gemeente', '0503', 'Gemeente Delft', 'webhook');
    let bigKey: string | undefined;
    if (big) {
      bigKey = (await h.createParty('aanbieder', LARGE_AANBIEDER, 'Bench Declarant (25 MB)', 'webhook')).key;
      const t = performance.now();
      const products = await storeToewijzingenFor(h.database, big.raw);
      say(`set-up: ${products} toegewezen products of its clients written to the store in ${((performance.now() - t) / 1000).toFixed(0)} s (not measured)`);
    }

    // One scrape before the load: prom-client's event-loop histogram restarts at each, so the first sample does not hold the start-up.
    await Promise.all([appMetrics(`${h.gatewayUrl}/metrics`), appMetrics(`http://127.0.0.1:${h.workerMetricsPort}/metrics`)]);
    const soak = new SoakMessages(new MessageFactory('S'));
    let codes = 0;
    const nextCode = () => {
      if (codes >= maxChains(o.durationS)) throw new Error(`more than ${maxChains(o.durationS)} chains: raise maxChains in bench/soak.bench.ts`);
      return aanbiederCode(codes++);
    };
    const started = Date.now();
    const state: LoadState = { started, deadline: started + o.durationS * 1000, done: [], surprises: [], accepted: 0, refused: 0, chains: 0 };
    say(`load: ${o.connections} lanes for ${o.durationS} s on ${o.replicas} gateway and ${o.replicas} worker process(es), a sample every ${o.intervalS} s${big ? `, the 25 MB declaratie at ${o.bigAtS} s` : ''}`);
    say(SAMPLE_HEADER);
    say(SAMPLE_RULE);

    // With replicas, the lanes take the gateways in turn (a load balancer's round robin).
    const lanes = Promise.all(Array.from({ length: o.connections }, (_, i) => lane(h, gatewayUrls[i % gatewayUrls.length]!, state, soak, gemeente, nextCode)));
    let bigRun: { from: number; to: number; status: number | string; text: string } | undefined;
    let bigInFlight = false;
    const bigDone = big && bigKey ? (async () => {
      await sleep(o.bigAtS * 1000);
      const from = Date.now() - started;
      bigInFlight = true;
      let status: number | string;
      let text = '';
      try {
        ({ status, text } = await send(h.gatewayUrl, bigKey!, big.raw));
      } catch (error) {
        status = `socket error: ${(error as Error).message}`;
      }
      bigInFlight = false;
      bigRun = { from, to: Date.now() - started, status, text };
    })() : Promise.resolve();

    const samples: Sample[] = [];
    let last = 0;
    while (Date.now() < state.deadline) {
      await sleep(Math.min(o.intervalS * 1000, state.deadline - Date.now()));
      const now = Date.now() - started;
      const sample = await takeSample(h, state, last, now, bigInFlight || (bigRun !== undefined && bigRun.to > last));
      last = now;
      samples.push(sample);
      say(sampleRow(sample));
    }
    await lanes;
    await bigDone;
    const loadS = (Date.now() - started) / 1000;

    // ---------------------------------------------------------------- summary
    const all = state.done;
    const errors = all.filter((d) => !d.ok).length;
    const byKind = new Map<string, Done[]>();
    for (const d of all) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d]);
    const firstMinute = samples.filter((s) => s.t <= 60);
    const lastMinute = samples.filter((s) => s.t > samples[samples.length - 1]!.t - 60);
    // The minute before the big message: its parse and judging grow the heap, and V8 keeps some of that as RSS.
    const beforeBig = bigRun ? samples.filter((s) => s.t * 1000 <= bigRun!.from && s.t * 1000 > bigRun!.from - 60_000) : [];
    const memoryLine = (what: string, field: keyof Sample) =>
      `${what}: ${mib(meanOf(firstMinute, field))} MiB in the first minute, ${beforeBig.length ? `${mib(meanOf(beforeBig, field))} MiB in the minute before the 25 MB declaratie, ` : ''}${mib(meanOf(lastMinute, field))} MiB in the last minute (mean of the samples)`;
    const bigAccepted = bigRun?.status === 202;
    const count = await countAtReceivers(h, state, bigAccepted);

    const lines: string[] = [
      `${all.length} requests in ${loadS.toFixed(0)} s: ${(all.length / loadS).toFixed(1)} req/s; latency p50 ${f0(percentile(all.map((d) => d.ms), 50))} ms, p99 ${f0(percentile(all.map((d) => d.ms), 99))} ms; ${state.chains} chains`,
      `errors (an answer other than the expected 202/422, or a socket error): ${errors} of ${all.length} (${((errors / Math.max(1, all.length)) * 100).toFixed(2)} %); refused as expected: ${all.filter((d) => d.ok && d.status === 422).length}`,
      `per kind: ${[...byKind].map(([kind, ds]) => `${kind} ${ds.length} (p50 ${f0(percentile(ds.map((d) => d.ms), 50))} ms)`).join(', ')}`,
      memoryLine('gateway RSS', 'gatewayRss'),
      memoryLine('gateway heap', 'gatewayHeap'),
      memoryLine('worker RSS', 'workerRss'),
      memoryLine('worker heap', 'workerHeap'),
      memoryLine('Redis used_memory', 'redisUsed'),
      // The heap swings with garbage collection (and with the 25 MB message); its floor is what a leak would raise.
      `heap floor per minute (lowest sample, MiB): gateway ${perMinute(samples, 'gatewayHeap', Math.min)}; worker ${perMinute(samples, 'workerHeap', Math.min)}`,
      `RSS per minute (mean, MiB): gateway ${perMinute(samples, 'gatewayRss', mean)}; worker ${perMinute(samples, 'workerRss', mean)}`,
      `peak backlog ${Math.max(...samples.map((s) => s.backlog))} pending deliveries`,
      ...state.surprises.map((s) => `unexpected answer: ${s}`),
    ];
    if (bigRun) {
      const before = windowStats(all, bigRun.from - AROUND_S * 1000, bigRun.from);
      const during = windowStats(all, bigRun.from, bigRun.to);
      const after = windowStats(all, bigRun.to, bigRun.to + AROUND_S * 1000);
      const w = (name: string, s: typeof before) => `${name}: ${s.n} requests, p50 ${f0(s.p50)} ms, p99 ${f0(s.p99)} ms`;
      lines.push(
        `25 MB declaratie (${big!.prestaties} prestaties) sent at ${(bigRun.from / 1000).toFixed(0)} s: HTTP ${bigRun.status} after ${((bigRun.to - bigRun.from) / 1000).toFixed(1)} s${bigAccepted ? '' : ` ${bigRun.text.slice(0, 400)}`}`,
        `small messages around it: ${w(`${AROUND_S} s before`, before)}; ${w('while it ran', during)}; ${w(`${AROUND_S} s after`, after)}`,
        `the gateway's longest event-loop delay in the samples while it ran: ${f0(Math.max(...samples.filter((s) => s.bigInFlight).map((s) => s.gatewayLagMaxMs ?? 0)))} ms (outside them: ${f0(Math.max(...samples.filter((s) => !s.bigInFlight).map((s) => s.gatewayLagMaxMs ?? 0)))} ms)`,
      );
    }
    lines.push(...count.lines);

    const summary = { options: o, machine: machineFacts((await h.database.query<{ v: string }>("SELECT current_setting('server_version') AS v").catch(() => ({ rows: [{ v: '?' }] }))).rows[0]?.v ?? '?', loadAtStart), lines, clean: count.clean, bigRun };
    const files = writeArtifacts(stamp, samples, summary);
    say('');
    for (const line of [...summary.machine, ...lines]) say(`- ${line}`);
    say(`\nsamples: ${files.join(', ')}`);
    if (o.doc) {
      const command = `npm run build && npx tsx bench/soak.bench.ts${argv.length ? ` ${argv.join(' ')}` : ''}`;
      writeDoc([
        `Run ${new Date(began).toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` (${Math.round((Date.now() - began) / 1000)} s in all):`,
        '',
        ...[...summary.machine, ...lines].map((l) => `- ${l}`),
        '',
        SAMPLE_HEADER,
        SAMPLE_RULE,
        ...samples.map(sampleRow),
      ].join('\n'));
      say(`written to ${DOC}`);
    }
    if (!count.clean) process.exitCode = 1;
  } finally {
    await stopReplicas();
    await h.teardown();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
