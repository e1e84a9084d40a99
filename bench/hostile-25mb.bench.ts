/**
 * Hostile bodies just under the 25 MB message limit against the built gateway
 * (test/e2e/harness.ts: a real process over real HTTP), issue 12 "No stall":
 * per case the answer (status and code), its time, the gateway's peak resident
 * memory, the event-loop lag seen from outside (the slowest of GET /health/live
 * polled every 100 ms) and from inside (prom-client's lag maximum on /metrics),
 * and the answer time of small WMO301s sent meanwhile. Figures are printed,
 * never asserted.
 *
 *   npm run build && npx tsx bench/hostile-25mb.bench.ts [--cpu-prof] [--case 5,6]
 *
 * Each case runs on a freshly started gateway (warmed up by one small WMO301),
 * so that its peak memory is its own. --cpu-prof preloads
 * bench/lib/cpu-profile-preload.cjs into the gateway and writes one V8 CPU
 * profile per case (bench/out/hostile-25mb-<case>.cpuprofile).
 */
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Harness, REPO_ROOT, sleep, waitFor } from '../test/e2e/harness';
import { FIXTURES_DIR } from '../test/hostile/hostile-app';
import { bsnSequence, MIB } from './lib/generate';
import { largeDeclaratie, LARGE_AANBIEDER, LARGE_GEMEENTE, storeToewijzingenFor, writeContractsFor } from './lib/large-declaratie';
import { appMetrics, machineFacts, mib, peakRssBytes, resetPeakRss, rssBytes } from './lib/process-stats';

/** A valid WMO301 of gemeente 0503 (Delft) to aanbieder 12345678. */
const FIXTURE = join(FIXTURES_DIR, 'wmo301', 'ok', 'toewijzing-delft-orh-en-begeleiding.xml');
const LIVE_POLL_MS = 100;
const RSS_POLL_MS = 50;
const SMALL_GAP_MS = 100;
/** small WMO301s made per case (each a new toewijzing); the probes send them in turn */
const SMALL_BODIES = 600;
const ANSWER_TIMEOUT_MS = 180_000;
const PROFILE_DIR = join(REPO_ROOT, 'bench', 'out');

interface Case {
  name: string;
  sender: 'gemeente' | 'aanbieder';
  bodies: Buffer[];
}

interface Answer {
  status: number;
  code: string;
  bytes: number;
  ms: number;
}

/** The fixture with `insert` put right after the first `marker` (which must be in it). */
function withInserted(xml: string, marker: string, insert: Buffer): Buffer {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`the fixture has no ${marker}`);
  return Buffer.concat([Buffer.from(xml.slice(0, at + marker.length)), insert, Buffer.from(xml.slice(at + marker.length))]);
}

function hostileCases(fixture: string, declaratie: Buffer): Case[] {
  const attribute = withInserted(fixture, '<wmo301:Commentaar', Buffer.concat([Buffer.from(' reden="'), Buffer.alloc(20 * MIB, 'A'), Buffer.from('"')]));
  const comment = withInserted(fixture, '<wmo301:Client>', Buffer.concat([Buffer.from('<!--'), Buffer.alloc(24 * MIB, 'x'), Buffer.from('-->')]));
  const text = withInserted(fixture, '<wmo301:Commentaar>', Buffer.alloc(24 * MIB, 'Lorem ipsum dolor sit amet. '));
  const attributes = withInserted(fixture, '<wmo301:Header', Buffer.from(Array.from({ length: 200_000 }, (_, i) => ` a${i}="1"`).join('')));
  return [
    { name: '1. 20 MB attribute value', sender: 'gemeente', bodies: [attribute] },
    { name: '2. 24 MB comment', sender: 'gemeente', bodies: [comment] },
    { name: '3. 24 MB text node', sender: 'gemeente', bodies: [text] },
    { name: '4. 200,000 attributes on Header', sender: 'gemeente', bodies: [attributes] },
    { name: '5. 25 MB WMO323 declaratie', sender: 'aanbieder', bodies: [declaratie] },
    { name: '6. 4 x case 1 in parallel', sender: 'gemeente', bodies: [attribute, attribute, attribute, attribute] },
    { name: '7. cases 1-4 in parallel', sender: 'gemeente', bodies: [attribute, comment, text, attributes] },
  ];
}

/** The fixture with a fresh Identificatie, BSN and ToewijzingNummers, so that each one sent is a new, valid toewijzing. */
function smallWmo301s(fixture: string): () => Buffer {
  const nextBsn = bsnSequence();
  let n = 0;
  return () => {
    n += 1;
    return Buffer.from(fixture
      .replace('DLF26-000117', `HB25-${String(n).padStart(7, '0')}`)
      .replace('<wmo301:Bsn>999990019<', `<wmo301:Bsn>${nextBsn()}<`)
      .replace(/>(26010[12])</g, (_, nummer: string) => `>${7_000_000 + n * 10 + Number(nummer.slice(-1))}<`));
  };
}

/**
 * POSTs `body` with node:http, written in one piece: the kernel carries it. (fetch writes a large
 * body through a web stream in 64 KiB promises: four 20 MB bodies kept a whole core of this
 * 2-core machine busy in the bench itself, time the gateway under test did not get.)
 */
function post(url: string, key: string, body: Buffer): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = httpRequest(`${url}/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', 'content-length': body.length, authorization: `Bearer ${key}` },
      timeout: ANSWER_TIMEOUT_MS,
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let code = '?';
        try {
          const json = JSON.parse(text) as { code?: string; status?: string; errors?: Array<{ code: string }> };
          code = json.code ?? json.errors?.[0]?.code ?? json.status ?? '?';
        } catch {
          /* not JSON: the code stays '?' */
        }
        resolve({ status: response.statusCode ?? 0, code, bytes: Buffer.byteLength(text), ms: performance.now() - started });
      });
    });
    request.on('timeout', () => request.destroy(new Error('TimeoutError')));
    request.on('error', (error) => resolve({ status: 0, code: error.name === 'Error' ? error.message : error.name, bytes: 0, ms: performance.now() - started }));
    request.end(body);
  });
}

/** Runs `probe` again and again (at least once) until `done`, `gapMs` from one start to the next. */
async function pollUntil(done: () => boolean, gapMs: number, probe: () => Promise<void>): Promise<void> {
  do {
    const started = performance.now();
    await probe();
    await sleep(Math.max(0, gapMs - (performance.now() - started)));
  } while (!done());
}

/** SIGWINCH starts the preloaded profiler, the next one writes its profile (bench/lib/cpu-profile-preload.cjs). */
async function toggleProfiler(pid: number): Promise<void> {
  process.kill(pid, 'SIGWINCH');
  await sleep(1_000);
}

/** What the probes thread (bench/lib/probes-worker.mjs) reports at the end of a case. */
interface Probed {
  live: { maxMs: number; polls: number; failures: number };
  small: { maxMs: number; count: number; statuses: number[] };
  lagMaxMs: number;
}

interface CaseResult {
  answers: Answer[];
  rssBefore: number | undefined;
  peakRss: number | undefined;
  peakFrom: 'VmHWM' | 'VmRSS polled';
  liveMaxMs: number;
  livePolls: number;
  liveFailures: number;
  lagMaxMs: number | undefined;
  /** the probes thread's own event-loop lag: when high, the probe times are partly the client's */
  clientLagMaxMs: number;
  smallMaxMs: number;
  smallCount: number;
  smallStatuses: Set<number>;
}

async function runCase(h: Harness, key: string, gemeenteKey: string, c: Case, nextSmall: () => Buffer, profile: boolean): Promise<CaseResult> {
  await h.gateway.stop('SIGTERM', 10_000);
  await h.startGateway();
  const pid = h.gateway.pid!;
  await post(h.gatewayUrl, gemeenteKey, nextSmall());
  // Settle, reset prom-client's lag histogram (it restarts at each scrape) and the peak RSS.
  await sleep(1_000);
  await appMetrics(`${h.gatewayUrl}/metrics`);
  const rssBefore = rssBytes(pid);
  const hwm = resetPeakRss(pid);
  let polledPeak = rssBefore ?? 0;
  let done = false;
  const isDone = () => done;
  if (profile) await toggleProfiler(pid);
  const rssPolling = pollUntil(isDone, RSS_POLL_MS, async () => {
    polledPeak = Math.max(polledPeak, rssBytes(pid) ?? 0);
  });
  const probes = new Worker(join(__dirname, 'lib', 'probes-worker.mjs'), {
    workerData: {
      url: h.gatewayUrl, key: gemeenteKey, smallBodies: Array.from({ length: SMALL_BODIES }, () => nextSmall().toString('utf8')),
      liveGapMs: LIVE_POLL_MS, smallGapMs: SMALL_GAP_MS, timeoutMs: ANSWER_TIMEOUT_MS,
    },
  });
  const probed = new Promise<Probed>((resolve, reject) => probes.once('message', resolve).once('error', reject));

  const answers = await Promise.all(c.bodies.map((body) => post(h.gatewayUrl, key, body)));
  done = true;
  probes.postMessage('stop');
  const { live, small, lagMaxMs: clientLagMaxMs } = await probed;
  await Promise.all([rssPolling, probes.terminate()]);
  if (profile) {
    await toggleProfiler(pid);
    const written = join(PROFILE_DIR, `profile-${pid}-1.cpuprofile`);
    await waitFor(`the CPU profile ${written}`, () => existsSync(written), { timeoutMs: 30_000 });
    renameSync(written, join(PROFILE_DIR, `hostile-25mb-${c.name.split('.')[0]}.cpuprofile`));
  }
  const lag = (await appMetrics(`${h.gatewayUrl}/metrics`)).eventLoopLagMaxSeconds;
  const peak = hwm ? peakRssBytes(pid) : undefined;
  return {
    answers, rssBefore, peakRss: peak ?? polledPeak, peakFrom: peak !== undefined ? 'VmHWM' : 'VmRSS polled',
    liveMaxMs: live.maxMs, livePolls: live.polls, liveFailures: live.failures, lagMaxMs: lag === undefined ? undefined : lag * 1000, clientLagMaxMs,
    smallMaxMs: small.maxMs, smallCount: small.count, smallStatuses: new Set(small.statuses),
  };
}

const HEADER = [
  'case', 'body MiB', 'HTTP status code', 'answer bytes', 'time to answer ms', 'RSS before MiB', 'peak RSS MiB', '/health/live max ms (polls)', 'loop lag max ms', 'small WMO301 max ms (n)', 'probe client loop lag max ms',
];

function row(c: Case, r: CaseResult): string[] {
  const times = r.answers.map((a) => a.ms);
  const distinct = [...new Set(r.answers.map((a) => `${a.status} ${a.code}`))];
  const statuses = distinct.length === 1 && r.answers.length > 1 ? `${r.answers.length} x ${distinct[0]}` : distinct.join(', ');
  return [
    c.name,
    c.bodies.map((b) => (b.length / MIB).toFixed(1)).join(' + '),
    statuses,
    [...new Set(r.answers.map((a) => a.bytes))].join(' / '),
    times.length > 1 ? `${Math.min(...times).toFixed(0)}-${Math.max(...times).toFixed(0)}` : times[0]!.toFixed(0),
    mib(r.rssBefore),
    mib(r.peakRss),
    `${r.liveMaxMs.toFixed(0)} (${r.livePolls}${r.liveFailures ? `, ${r.liveFailures} failed` : ''})`,
    r.lagMaxMs === undefined ? '-' : r.lagMaxMs.toFixed(0),
    `${r.smallMaxMs.toFixed(0)} (${r.smallCount}${[...r.smallStatuses].some((s) => s !== 202) ? `; ${[...r.smallStatuses].join('/')}` : ''})`,
    r.clientLagMaxMs.toFixed(0),
  ];
}

function table(rows: string[][]): string {
  const lines = [HEADER, HEADER.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const loadAtStart = loadavg();
  mkdirSync(join(REPO_ROOT, 'bench', 'out'), { recursive: true });
  const contractsFile = writeContractsFor(REPO_ROOT, join(REPO_ROOT, 'bench', 'out', 'hostile-25mb-contracts.json'));
  const big = largeDeclaratie();
  const fixture = readFileSync(FIXTURE, 'utf8');
  const only = argv.includes('--case') ? argv[argv.indexOf('--case') + 1]!.split(',') : undefined;
  const cases = hostileCases(fixture, big.raw).filter((c) => !only || only.includes(c.name.split('.')[0]!));
  const profile = argv.includes('--cpu-prof');

  const h = await Harness.start({
    name: 'bench-hostile-25mb', worker: false, logLevel: 'warn',
    env: {
      CONTRACTS_FILE: contractsFile,
      ...(profile ? { NODE_OPTIONS: `--require ${join(__dirname, 'lib', 'cpu-profile-preload.cjs')}`, CPU_PROFILE_DIR: PROFILE_DIR } : {}),
    },
  });
  try {
    const gemeente = await h.createParty('gemeente', '0503', 'Gemeente Delft');
    await h.createParty('aanbieder', '12345678', 'Zorg BV');
    const declarant = await h.createParty('aanbieder', LARGE_AANBIEDER, 'Bench Declarant (25 MB)');
    if (LARGE_GEMEENTE !== '0503') throw new Error(`the large declaratie goes to ${LARGE_GEMEENTE}; the bench created 0503 only`);
    const products = await storeToewijzingenFor(h.database, big.raw);
    const { rows } = await h.database.query<{ server_version: string }>('SHOW server_version');
    const nextSmall = smallWmo301s(fixture);

    const say = (line: string) => process.stdout.write(`${line}\n`);
    say(`hostile bodies near the 25 MB limit against the built gateway, ${new Date().toISOString()}`);
    for (const line of machineFacts(rows[0]!.server_version, loadAtStart)) say(line);
    say(`the 323: ${big.prestaties} prestaties of ${big.clients} clients, their ${products} toegewezen products in the store (set-up, not measured)`);
    say(`peak RSS: VmHWM after writing 5 to /proc/<pid>/clear_refs, else VmRSS polled every ${RSS_POLL_MS} ms; /health/live polled every ${LIVE_POLL_MS} ms;`);
    say(`loop lag: prom-client's nodejs_eventloop_lag_max_seconds over the case; small WMO301s sent one after another, ${SMALL_GAP_MS} ms apart, while the case runs\n`);
    const results: string[][] = [];
    for (const c of cases) {
      const r = await runCase(h, c.sender === 'gemeente' ? gemeente.key : declarant.key, gemeente.key, c, nextSmall, profile);
      results.push(row(c, r));
      say(`${c.name}: done (gateway pid ${h.gateway.pid}, peak RSS from ${r.peakFrom})`);
    }
    say('');
    say(table(results));
    if (profile) say(`\nCPU profiles: bench/out/hostile-25mb-<case>.cpuprofile`);
  } finally {
    await h.teardown();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
