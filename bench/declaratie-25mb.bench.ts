/**
 * A 25 MB declaratie through every layer as the gateway judges it, against a streaming parse
 * of the same file, in the same run (issue 13's contract line).
 *
 *   npm run build && npx tsx bench/declaratie-25mb.bench.ts [--pglite] [--runs N]
 *
 * The declaratie is the generated WMO323 of bench/lib/generate.ts (just under 25 MiB), its
 * toewijzingen in the store (a fresh schema in the PostgreSQL of BENCH_DATABASE_URL, default the
 * test database on loopback; the embedded PGlite with --pglite) and its products, tarieven and
 * aanbieder contracted, so every rule runs and none rejects.
 *
 * "All layers" is what SubmissionRecorder does before it stores a message: MessageJudge.validate
 * (safe input, XSD in the worker pool, the typed model), then in one transaction the lock of the
 * gemeente-aanbieder pair, the state the message needs and every rule (MessageJudge.judgeParsed
 * on a PersistentStateStore), on the built libraries (dist/). The floor is a raw streaming parse
 * (saxes, counting elements) of the same bytes. Each runs in a child process of its own, so the
 * peak RSS (VmHWM, reset once the store is filled) is its own; the store's set-up is not timed.
 * The best of N runs (default 2) of each counts; every run is printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import * as persistenceSources from '@lib/persistence';
import { useBenchKeys } from './lib/bench-keys';
import { GEMEENTE_DELFT, generateLargeWmo323, PERIODE } from './lib/generate';
import { storeToewijzingenFor, writeContractsFor } from './lib/large-declaratie';
import { peakRssBytes, resetPeakRss } from './lib/process-stats';
import { openBenchStore } from './lib/bench-store';

const REPO = join(__dirname, '..');
const DIST = join(REPO, 'dist', 'libs');

interface RunResult {
  seconds: number;
  peakRssMb: number;
  detail?: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = <T>(lib: string): T => require(join(DIST, lib, 'src', 'index.js')) as T;

async function streamingFloor(bytes: Buffer): Promise<RunResult> {
  resetPeakRss(process.pid);
  const started = performance.now();
  let elements = 0;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', () => void elements++);
  parser.write(bytes.toString('utf8')).close();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, peakRssMb: peakRssBytes(process.pid)! / 2 ** 20, detail: `${elements} elements` };
}


async function allLayers(bytes: Buffer): Promise<RunResult> {
  const iwmo = load<typeof import('../libs/iwmo/src')>('iwmo');
  const persistence = load<typeof import('../libs/persistence/src')>('persistence');
  const rules = load<typeof import('../libs/rules/src')>('rules');
  const pipeline = load<typeof import('../libs/pipeline/src')>('pipeline');
  useBenchKeys(persistence, persistenceSources);
  const store = await openBenchStore(persistence, { pglite: process.argv.includes('--pglite') });
  const pool = await iwmo.XsdValidationPool.start({ threads: 1 });
  try {
    await persistence.runMigrations(store.db);
    await storeToewijzingenFor(store.db, bytes, 4);
    const contractsFile = writeContractsFor(REPO, join(REPO, 'bench', 'out', 'declaratie-25mb-contracts.json'));
    const config = { contracts: rules.ContractRegister.fromJson(JSON.parse(readFileSync(contractsFile, 'utf8')), contractsFile) };
    const judge = new pipeline.MessageJudge(new iwmo.MessageValidator(pool), new persistence.PersistentStateStore(store.db), config, () => PERIODE.dagtekening);
    global.gc?.();
    resetPeakRss(process.pid);

    const started = performance.now();
    const checked = await judge.validate(bytes);
    const validated = performance.now();
    if (!checked.parsed) throw new Error(`the declaratie did not pass layers 1-2: ${JSON.stringify(checked.report.errors.slice(0, 3))}`);
    const parsed = checked.parsed;
    const judgement = await store.db.transaction(async (tx) => {
      await persistence.PersistentStateStore.lock(tx, parsed);
      return judge.judgeParsed(checked.report, parsed, new persistence.PersistentStateStore(tx));
    });
    const seconds = (performance.now() - started) / 1000;
    if (judgement.rejected || judgement.findings.length > 0) {
      throw new Error(`the declaratie should be clean: ${judgement.findings.length} findings, e.g. ${JSON.stringify(judgement.findings.slice(0, 2))}`);
    }
    return {
      seconds,
      peakRssMb: peakRssBytes(process.pid)! / 2 ** 20,
      detail: `layers 1-2 ${((validated - started) / 1000).toFixed(2)} s, state and rules ${(seconds - (validated - started) / 1000).toFixed(2)} s`,
    };
  } finally {
    await pool.close();
    await store.close();
  }
}

function runChild(kind: 'all-layers' | 'streaming', file: string): RunResult {
  // IWMO_CPU_PROF_DIR=<dir>: each child writes a V8 CPU profile there (to see where the time goes).
  const profile = process.env.IWMO_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.IWMO_CPU_PROF_DIR}`] : [];
  const args = [...profile, '--expose-gc', '--import', 'tsx', __filename, '--child', kind, file, ...(process.argv.includes('--pglite') ? ['--pglite'] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', cwd: REPO, maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as RunResult;
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt > 0) {
    const kind = process.argv[childAt + 1];
    const bytes = readFileSync(process.argv[childAt + 2]!);
    const result = kind === 'streaming' ? await streamingFloor(bytes) : await allLayers(bytes);
    console.log(JSON.stringify(result));
    return;
  }
  if (!existsSync(join(DIST, 'pipeline', 'src', 'index.js'))) throw new Error('run `npm run build` first: the benchmark measures dist/');
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1])) : 2;
  const large = generateLargeWmo323();
  const store = process.argv.includes('--pglite') ? 'PGlite (embedded)' : 'PostgreSQL';
  console.log(`node ${process.version}, ${require('node:os').cpus().length} cores, load ${require('node:os').loadavg().map((l: number) => l.toFixed(2)).join(' / ')}`);
  console.log(`WMO323 of ${(large.bytes / 2 ** 20).toFixed(1)} MiB (${GEMEENTE_DELFT}): ${large.prestaties} prestaties of ${large.clients} clients; store: ${store}\n`);

  const floor: RunResult[] = [];
  const all: RunResult[] = [];
  for (let run = 1; run <= runs; run++) {
    const f = runChild('streaming', large.path);
    const a = runChild('all-layers', large.path);
    floor.push(f);
    all.push(a);
    console.log(`run ${run}: all layers ${a.seconds.toFixed(2)} s (${a.detail}), peak RSS ${a.peakRssMb.toFixed(0)} MB; streaming ${f.seconds.toFixed(2)} s (${f.detail}), peak RSS ${f.peakRssMb.toFixed(0)} MB`);
  }
  const best = (results: RunResult[]) => results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const a = best(all);
  const f = best(floor);
  console.log(`\n25 MB all layers: ${a.seconds.toFixed(2)} s, streaming floor ${f.seconds.toFixed(2)} s, ratio ${(a.seconds / f.seconds).toFixed(2)}, peak RSS ${Math.max(...all.map((r) => r.peakRssMb)).toFixed(0)} MB`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
