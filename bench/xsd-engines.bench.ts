/**
 * XSD engine benchmark for the iWmo 3.2 gateway.
 *
 *   npx tsx bench/xsd-engines.bench.ts            (full run, ~2-3 minutes on 2 cores)
 *   BENCH_QUICK=1 npx tsx bench/xsd-engines.bench.ts   (smoke run: fewer iterations, 2 MiB "large" file)
 *
 * Engines:
 *  - libxml2-wasm          schema compiled once per message type and reused (what the gateway would do)
 *  - xmllint-wasm          validateXML() per message: new worker + wasm + schema parse every call
 *  - xsd-schema-validator  validateXML() per message: one JVM (Xerces, JDK 17) every call
 *
 * Every generated message is validated before anything is measured; the run
 * stops if an engine disagrees with the expected verdict on the correctness set.
 * The 25 MiB declaratie is measured in separate `node` children (plain node, not
 * tsx, see bench/lib/engines.mjs) so that peak RSS is per engine.
 * Results: markdown on stdout, JSON in bench/out/xsd-engines-results.json.
 */
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import {
  correctnessVariants,
  DEFAULT_LARGE_TARGET_BYTES,
  generateLargeWmo323,
  MIB,
  smallWmo301,
  smallWmo323,
  type LargeDeclaratie,
} from './lib/generate';
import type { Engine, Libxml2Engine, Verdict } from './lib/engines.mjs';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = path.join(ROOT, 'schemas', 'iwmo-3.2');
const OUT = path.join(__dirname, 'out');
const LIB = path.join(__dirname, 'lib');
const QUICK = process.env.BENCH_QUICK === '1';
const LARGE_BYTES = QUICK ? 2 * MIB : Number(process.env.BENCH_LARGE_BYTES ?? DEFAULT_LARGE_TARGET_BYTES);

type Code = '301' | '323';

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

function log(msg: string): void {
  process.stderr.write(`[bench ${(performance.now() / 1000).toFixed(1)}s] ${msg}\n`);
}

interface Stats {
  n: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { n: s.length, median: q(0.5), p95: q(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length, min: s[0]!, max: s[s.length - 1]! };
}

const ms = (x: number | undefined): string =>
  x === undefined ? '-' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`;
const rate = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/* CPU accounting from /proc (Linux): the machine is shared, so every phase records how
 * much CPU *other* processes used meanwhile ("foreign load", in cores). */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface CpuSnap {
  t: number;
  busy: number; // machine-wide busy ticks
  self: number; // this process + waited-for children, ticks
}

function cpuSnap(): CpuSnap {
  const t = performance.now();
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = cpu as [number, number, number, number, number, number, number, number];
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    // after "pid (comm) ": f[0]=state ... utime=f[11], stime=f[12], cutime=f[13], cstime=f[14]
    return { t, busy: user + nice + system + irq + softirq + steal, self: f[11]! + f[12]! + f[13]! + f[14]! };
  } catch {
    return { t, busy: NaN, self: NaN };
  }
}

/** CPU used by other processes between two snapshots, in cores. */
function foreignCores(a: CpuSnap, b: CpuSnap): number {
  const secs = (b.t - a.t) / 1000;
  return Math.max(0, (b.busy - a.busy - (b.self - a.self)) / CLK_TCK / secs);
}

/** Our own CPU between two snapshots, in ms. */
const selfCpuMs = (a: CpuSnap, b: CpuSnap): number => ((b.self - a.self) / CLK_TCK) * 1000;

/** Wait (bounded) until other processes use less than `maxForeign` cores. */
async function waitForQuiet(maxWaitS: number, maxForeign = 0.3): Promise<{ waitedS: number; foreign: number }> {
  const t0 = performance.now();
  let foreign = NaN;
  for (;;) {
    const a = cpuSnap();
    await new Promise((r) => setTimeout(r, 2000));
    foreign = foreignCores(a, cpuSnap());
    const waitedS = (performance.now() - t0) / 1000;
    if (!(foreign > maxForeign) || waitedS >= maxWaitS) return { waitedS, foreign };
    log(`machine busy (other processes use ${foreign.toFixed(2)} cores), waiting...`);
  }
}

function firstLine(errors: string[]): number | null {
  const e = errors[0];
  if (!e) return null;
  // libxml2-wasm "L:C msg", xmllint-wasm "L: msg", xsd-schema-validator "... (L:C)"
  const m = /^(\d+):/.exec(e) ?? /\((\d+):\d+\)\s*$/.exec(e);
  return m ? Number(m[1]) : null;
}

/** Sequential latency of an async validate call. */
async function latency(run: () => Promise<Verdict> | Verdict, warmup: number, iterations: number): Promise<Stats> {
  for (let i = 0; i < warmup; i++) {
    const r = await run();
    if (!r.valid) throw new Error(`warm-up verdict invalid: ${r.errors[0]}`);
  }
  const xs: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    const r = await run();
    xs.push(performance.now() - t);
    if (!r.valid) throw new Error(`verdict invalid during measurement: ${r.errors[0]}`);
  }
  return stats(xs);
}

/** Messages/s with `concurrency` callers running back-to-back for durationMs. */
async function throughput(run: () => Promise<Verdict>, concurrency: number, durationMs: number): Promise<{ rate: number; cpuMsPerMsg: number; foreign: number }> {
  const c0 = cpuSnap();
  const t0 = performance.now();
  let done = 0;
  const lane = async (): Promise<void> => {
    while (performance.now() - t0 < durationMs) {
      const r = await run();
      if (!r.valid) throw new Error('invalid verdict in throughput run');
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const c1 = cpuSnap();
  return { rate: done / ((performance.now() - t0) / 1000), cpuMsPerMsg: selfCpuMs(c0, c1) / done, foreign: foreignCores(c0, c1) };
}

/** libxml2-wasm with N worker threads, each with its own wasm instance and compiled schema. */
async function libxml2Threads(threads: number, code: Code, xml: string, durationMs: number): Promise<{ rate: number; cpuMsPerMsg: number; foreign: number }> {
  const workers = Array.from({ length: threads }, () =>
    new Worker(path.join(LIB, 'throughput-worker.mjs'), { workerData: { schemaDir: SCHEMA_DIR, code, xml, durationMs, warmup: 50 } }));
  const ready = workers.map((w) => new Promise<void>((res, rej) => {
    w.once('error', rej);
    w.once('message', (m: { type: string }) => (m.type === 'ready' ? res() : rej(new Error('unexpected message'))));
  }));
  await Promise.all(ready);
  const done = workers.map((w) => new Promise<{ n: number; invalid: number; elapsed: number }>((res) => w.once('message', res)));
  const c0 = cpuSnap();
  for (const w of workers) w.postMessage('go');
  const results = await Promise.all(done);
  const c1 = cpuSnap();
  await Promise.all(workers.map((w) => w.terminate()));
  if (results.some((r) => r.invalid > 0)) throw new Error('invalid verdict in worker throughput run');
  const n = results.reduce((a, r) => a + r.n, 0);
  return { rate: results.reduce((a, r) => a + r.n / (r.elapsed / 1000), 0), cpuMsPerMsg: selfCpuMs(c0, c1) / n, foreign: foreignCores(c0, c1) };
}

interface ChildResult {
  job: string;
  label: string;
  ok: boolean;
  wallMs: number;
  /** peak RSS from /usr/bin/time (max over the child and its descendants) */
  timeMaxRssMB?: number;
  maxRssMB?: number;
  valid?: boolean;
  errors?: string[];
  error?: string;
  [k: string]: unknown;
}

const HAVE_TIME = fs.existsSync('/usr/bin/time');

/** Run a command, optionally under /usr/bin/time -f %M; returns stdout, wall and peak RSS (MB). */
function runMeasured(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string; wallMs: number; maxRssMB?: number; code: number | null }> {
  const timeFile = path.join(OUT, `.time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [c, a] = HAVE_TIME ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(c, a, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('error', reject);
    p.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - t0;
      let maxRssMB: number | undefined;
      if (HAVE_TIME && fs.existsSync(timeFile)) {
        const kb = Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) maxRssMB = Math.round((kb / 1024) * 10) / 10;
        fs.rmSync(timeFile, { force: true });
      }
      resolve({ stdout, stderr, wallMs, maxRssMB, code });
    });
  });
}

async function largeJob(job: string, label: string, cfg: Record<string, unknown>, timeoutMs = 180_000): Promise<ChildResult> {
  log(`25 MB job: ${label}`);
  const c0 = cpuSnap();
  const r = await runMeasured(process.execPath, [path.join(LIB, 'large-job.mjs'), job, JSON.stringify(cfg)], timeoutMs);
  const foreign = foreignCores(c0, cpuSnap());
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) {
    return { job, label, ok: false, wallMs: r.wallMs, timeMaxRssMB: r.maxRssMB, foreign, error: `no result (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}` };
  }
  const parsed = JSON.parse(line.slice('RESULT '.length)) as ChildResult;
  return { ...parsed, label, wallMs: r.wallMs, timeMaxRssMB: r.maxRssMB, foreign };
}

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

async function main(): Promise<void> {
  const tStart = performance.now();
  fs.mkdirSync(OUT, { recursive: true });
  const { libxml2Engine, xmllintEngine, jvmEngine, prepareXsvCopy, probeInstalledXsv, jvmCommand } = await import('./lib/engines.mjs');

  /* --- environment ------------------------------------------------- */
  const pkgVersion = (name: string): string => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  };
  let javaVersion = '?';
  try {
    javaVersion = execFileSync('sh', ['-c', 'java -version 2>&1 | head -1'], { encoding: 'utf8' }).trim();
  } catch {
    /* keep '?' */
  }
  const env = {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memGiB: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    java: javaVersion,
    packages: Object.fromEntries(['libxml2-wasm', 'xmllint-wasm', 'xsd-schema-validator', 'saxes', 'fast-xml-parser', 'tsx'].map((p) => [p, pkgVersion(p)])),
    quick: QUICK,
  };
  log(`node ${env.node}, ${env.cpus} cpus (${env.cpuModel}), ${env.java}`);

  /* --- generate small messages ------------------------------------- */
  const small: Record<Code, Buffer> = { '301': Buffer.from(smallWmo301()), '323': Buffer.from(smallWmo323()) };
  fs.writeFileSync(path.join(OUT, 'wmo301-small.xml'), small['301']);
  fs.writeFileSync(path.join(OUT, 'wmo323-small.xml'), small['323']);

  /* --- engines ----------------------------------------------------- */
  const libxml2 = (await libxml2Engine(SCHEMA_DIR)) as Libxml2Engine;
  const xmllint = await xmllintEngine(SCHEMA_DIR);

  // xsd-schema-validator as installed: does it work with the JDK on PATH?
  const installedProbe = await probeInstalledXsv(SCHEMA_DIR, '323', small['323'].toString('utf8'));
  log(`xsd-schema-validator as installed, valid WMO323 -> valid=${installedProbe.valid} result=${installedProbe.result} messages=${installedProbe.messages.length}`);
  const xsvCopy = await prepareXsvCopy(path.join(OUT, 'xsd-schema-validator'));
  log(`xsd-schema-validator helper recompiled with local javac in ${ms(xsvCopy.compileMs)} (copy in bench/out)`);
  const jvm = await jvmEngine(SCHEMA_DIR, { packageDir: xsvCopy.dir });
  const engines: Engine[] = [libxml2, xmllint, jvm];

  const quiet = QUICK ? { waitedS: 0, foreign: NaN } : await waitForQuiet(Number(process.env.BENCH_WAIT_QUIET_S ?? 30));
  log(`other processes: ${quiet.foreign.toFixed(2)} cores (waited ${quiet.waitedS.toFixed(0)} s)`);

  /* --- schema compile (libxml2-wasm) ------------------------------- */
  // cold = first compile of that message type in this process (reads and parses the XSDs through
  // the fs input provider); warm = recompiling the same type (the gateway compiles once at start-up).
  log('schema compile');
  const compile = {} as Record<Code, { cold: number; warm: Stats }>;
  for (const code of ['301', '323'] as Code[]) {
    const cold = libxml2.compile(code);
    const xs: number[] = [];
    for (let i = 0; i < (QUICK ? 5 : 20); i++) xs.push(libxml2.compile(code));
    compile[code] = { cold, warm: stats(xs) };
  }

  /* --- correctness ------------------------------------------------- */
  log('correctness set');
  const variants = correctnessVariants();
  const correctness: Array<{ name: string; defect: string; expectValid: boolean; verdicts: Record<string, Verdict>; agree: boolean; sameLine: boolean }> = [];
  for (const v of variants) {
    const buf = Buffer.from(v.xml);
    const verdicts: Record<string, Verdict> = {};
    for (const e of engines) verdicts[e.name] = await e.validate(v.message, buf);
    const vs = Object.values(verdicts);
    const agree = vs.every((r) => r.valid === v.expectValid);
    const lines = vs.map((r) => firstLine(r.errors));
    const sameLine = v.expectValid || lines.every((l) => l !== null && l === lines[0]);
    correctness.push({ name: v.name, defect: v.defect, expectValid: v.expectValid, verdicts, agree, sameLine });
  }
  const correctnessOk = correctness.every((c) => c.agree);
  if (!correctnessOk) log('!! engines disagree with the expected verdicts; see the correctness table');

  /* --- latency ----------------------------------------------------- */
  const lat: Record<string, Record<Code, Stats>> = {};
  const latForeign: Record<string, number> = {};
  const budgetMs = QUICK ? 1500 : 7000;
  const phaseQuiet = async (what: string): Promise<void> => {
    if (QUICK) return;
    const q = await waitForQuiet(Number(process.env.BENCH_PHASE_WAIT_S ?? 20));
    log(`${what}: other processes ${q.foreign.toFixed(2)} cores (waited ${q.waitedS.toFixed(0)} s)`);
  };
  for (const e of engines) {
    await phaseQuiet(`latency ${e.name}`);
    lat[e.name] = {} as Record<Code, Stats>;
    const c0 = cpuSnap();
    for (const code of ['301', '323'] as Code[]) {
      const buf = small[code];
      const run = e === libxml2 ? (): Verdict => libxml2.validateSync(code, buf) : (): Promise<Verdict> => e.validate(code, buf);
      // probe the per-call cost to choose the iteration count (200 for fast engines, >= 15 for slow ones)
      const probe = await latency(run, e === libxml2 ? 50 : 3, 3);
      const iterations = Math.max(15, Math.min(QUICK ? 50 : 200, Math.floor(budgetMs / probe.median)));
      log(`latency ${e.name} WMO${code}: ${iterations} iterations`);
      lat[e.name]![code] = await latency(run, e === libxml2 ? 20 : 2, iterations);
    }
    latForeign[e.name] = foreignCores(c0, cpuSnap());
  }

  /* --- throughput (WMO323 small) ------------------------------------ */
  type Thr = { rate: number; cpuMsPerMsg: number; foreign: number };
  const thr: Record<string, { c1: Thr; c2: Thr; c2how: string }> = {};
  {
    const buf = small['323'];
    const dur = (base: number): number => (QUICK ? base / 4 : base);
    await phaseQuiet('throughput');
    log('throughput libxml2-wasm');
    const l1 = await throughput(async () => libxml2.validateSync('323', buf), 1, dur(2000));
    const l2 = await libxml2Threads(2, '323', buf.toString('utf8'), dur(2000));
    thr[libxml2.name] = { c1: l1, c2: l2, c2how: '2 worker threads' };
    log('throughput xmllint-wasm');
    thr[xmllint.name] = {
      c1: await throughput(() => xmllint.validate('323', buf), 1, dur(3000)),
      c2: await throughput(() => xmllint.validate('323', buf), 2, dur(3000)),
      c2how: '2 concurrent calls',
    };
    log('throughput xsd-schema-validator');
    thr[jvm.name] = {
      c1: await throughput(() => jvm.validate('323', buf), 1, dur(4000)),
      c2: await throughput(() => jvm.validate('323', buf), 2, dur(4000)),
      c2how: '2 concurrent JVMs',
    };
  }

  /* --- large declaratie -------------------------------------------- */
  log(`generating large WMO323 (<= ${LARGE_BYTES} bytes)`);
  const tGen = performance.now();
  const large: LargeDeclaratie = generateLargeWmo323({ targetBytes: LARGE_BYTES, outPath: path.join(OUT, `wmo323-large.xml`) });
  const genMs = performance.now() - tGen;
  log(`generated ${large.bytes} bytes, ${large.clients} clients, ${large.prestaties} prestaties in ${ms(genMs)}`);
  // check before measuring
  const pre = libxml2.validateTimed('323', fs.readFileSync(large.path));
  if (!pre.valid) throw new Error(`generated large WMO323 does not validate: ${pre.errors.slice(0, 3).join('; ')}`);
  libxml2.close();

  await phaseQuiet('large declaratie');
  const base = { file: large.path, schemaDir: SCHEMA_DIR, code: '323' };
  const pages = xmllint.memoryPages;
  type JobSpec = { label: string; run: () => Promise<ChildResult> };
  const jvmAlone = async (): Promise<ChildResult> => {
    // the JVM is a grandchild of the xsd-schema-validator job; measure its own peak by running the same java command line directly
    const [cmd, ...args] = jvmCommand(SCHEMA_DIR, '323', large.path, xsvCopy.dir);
    log('25 MB job: java support.XMLValidator directly (JVM peak RSS)');
    const c0 = cpuSnap();
    const r = await runMeasured(cmd!, args, 180_000);
    const foreign = foreignCores(c0, cpuSnap());
    return { job: 'java', label: 'JVM alone (same command line)', ok: r.code === 0, valid: /result=OK/.test(r.stdout), wallMs: r.wallMs, timeMaxRssMB: r.maxRssMB, maxRssMB: r.maxRssMB, foreign };
  };
  const job = (j: string, label: string, cfg: Record<string, unknown>): JobSpec => ({ label, run: () => largeJob(j, label, cfg) });
  const specs: JobSpec[] = [
    job('baseline', 'node baseline (read file only)', base),
    job('libxml2', 'libxml2-wasm', base),
    job('xmllint', `xmllint-wasm, default memory (max ${pages.defaultMaxMemoryPages} pages = ${pages.defaultMaxMemoryPages / pages.MiB} MiB)`, { ...base, xmllint: {} }),
    job('xmllint', 'xmllint-wasm, maxMemoryPages 1 GiB', { ...base, xmllint: { maxMemoryPages: pages.GiB } }),
    job('xmllint', 'xmllint-wasm --stream, maxMemoryPages 1 GiB', { ...base, xmllint: { maxMemoryPages: pages.GiB, stream: true } }),
    job('jvm', 'xsd-schema-validator ({ file })', { ...base, packageDir: xsvCopy.dir }),
    { label: 'JVM alone (same command line)', run: jvmAlone },
    job('saxes', 'saxes streaming parse (count elements)', base),
    job('fxp', 'fast-xml-parser parse()', base),
  ];
  // rounds are interleaved so that a burst of foreign load does not hit one engine only
  const rounds = QUICK ? 1 : Number(process.env.BENCH_LARGE_ROUNDS ?? 3);
  const byLabel = new Map<string, ChildResult[]>(specs.map((s) => [s.label, []]));
  for (let round = 0; round < rounds; round++) {
    for (const s of specs) byLabel.get(s.label)!.push(await s.run());
  }
  // report the run with the median wall time; peak RSS as the maximum over the rounds
  const largeResults: ChildResult[] = specs.map((s) => {
    const runs = byLabel.get(s.label)!;
    const sorted = [...runs].sort((x, y) => x.wallMs - y.wallMs);
    const med = sorted[Math.floor((sorted.length - 1) / 2)]!;
    const maxOf = (k: 'maxRssMB' | 'timeMaxRssMB'): number | undefined => {
      const v = runs.map((r) => r[k]).filter((x): x is number => typeof x === 'number');
      return v.length ? Math.max(...v) : undefined;
    };
    return {
      ...med,
      maxRssMB: maxOf('maxRssMB'),
      timeMaxRssMB: maxOf('timeMaxRssMB'),
      ok: runs.every((r) => r.ok),
      valid: runs.every((r) => r.valid === med.valid) ? med.valid : undefined,
      wallRange: [sorted[0]!.wallMs, sorted[sorted.length - 1]!.wallMs],
      rounds: runs.length,
    };
  });

  /* --- report ------------------------------------------------------ */
  const totalS = (performance.now() - tStart) / 1000;
  const md: string[] = [];
  md.push(`## XSD engines: measured ${new Date().toISOString().slice(0, 10)}${QUICK ? ' (QUICK smoke run, not for the record)' : ''}`);
  md.push('');
  md.push(`Machine: ${env.cpus} cores (${env.cpuModel}), ${env.memGiB} GiB RAM, ${env.platform}; node ${env.node}; ${env.java}.`);
  md.push(`Packages: ${Object.entries(env.packages).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  md.push(`Shared machine: "other load" = CPU used by other processes during that measurement, in cores (of ${env.cpus}); at start ${quiet.foreign.toFixed(2)} cores after waiting ${quiet.waitedS.toFixed(0)} s. Figures taken with other load above ~0.5 cores are pessimistic.`);
  md.push('');
  md.push('### Small messages (warm, one message at a time)');
  md.push('');
  md.push('| engine | schema compile | WMO301 median / p95 | WMO323 median / p95 | iterations | msg/s WMO323, 1 lane | msg/s WMO323, 2 lanes | CPU per msg (1 lane) | other load |');
  md.push('|---|---|---|---|---|---|---|---|---|');
  for (const e of engines) {
    const a = lat[e.name]!['301'];
    const b = lat[e.name]!['323'];
    const compileCell = e === libxml2
      ? `301: ${ms(compile['301'].cold)} cold / ${ms(compile['301'].warm.median)} warm; 323: ${ms(compile['323'].cold)} / ${ms(compile['323'].warm.median)}; module load ${ms(libxml2.loadMs)}`
      : 'every call (included in latency)';
    const t = thr[e.name]!;
    const load = Math.max(latForeign[e.name] ?? 0, t.c1.foreign, t.c2.foreign);
    md.push(`| ${e.name} | ${compileCell} | ${ms(a.median)} / ${ms(a.p95)} | ${ms(b.median)} / ${ms(b.p95)} | ${a.n} / ${b.n} | ${rate(t.c1.rate)} | ${rate(t.c2.rate)} (${t.c2how}) | ${ms(t.c1.cpuMsPerMsg)} | ${load.toFixed(2)} |`);
  }
  md.push('');
  md.push(`### Large declaratie: WMO323 of ${(large.bytes / MIB).toFixed(2)} MiB (${large.bytes} bytes; ${large.clients} clients, ${large.prestaties} prestaties, ${large.elements} elements)`);
  md.push('');
  md.push(`Each row is a separate \`node\` child (plain node), ${rounds} interleaved rounds; the row shows the median round (wall range in brackets), peak RSS is the maximum over the rounds. Wall = spawn to exit (includes node start, module load, schema compile). Work = inside the child, read + parse + validate. Peak RSS: \`process.resourceUsage().maxRSS\` of the child; /usr/bin/time column = max over the child and its descendants.`);
  md.push('');
  md.push('| job | verdict | wall | work (in child) | peak RSS (child) | peak RSS (/usr/bin/time) | other load | notes |');
  md.push('|---|---|---|---|---|---|---|---|');
  for (const r of largeResults) {
    const verdict = !r.ok ? 'FAILED' : r.valid === undefined ? '-' : r.valid ? 'valid' : 'INVALID';
    const notes: string[] = [];
    if (r.error) notes.push(r.error.replace(/\|/g, '/').slice(0, 220));
    if (typeof r.parseMs === 'number' && typeof r.validateMs === 'number') notes.push(`parse ${ms(r.parseMs)} + validate ${ms(r.validateMs)}`);
    if (typeof r.compileMs === 'number') notes.push(`schema compile ${ms(r.compileMs as number)}`);
    if (r.job === 'libxml2' && typeof r.loadMs === 'number') notes.push(`module load ${ms(r.loadMs)}`);
    if (r.job === 'fxp' && typeof r.parseMs === 'number') notes.push(`parse() ${ms(r.parseMs)}, ${r.clients} clients`);
    if (r.job === 'saxes') notes.push(`${r.elements} elements${r.elements === large.elements ? ' (= expected)' : ` (expected ${large.elements}!)`}`);
    if (r.errors && r.errors.length && !r.valid) notes.push(String(r.errors[0]).slice(0, 160));
    if (r.job === 'libxml2' && typeof r.rssAtEndMB === 'number') notes.push(`RSS after dispose ${r.rssAtEndMB} MB (wasm memory does not shrink)`);
    const fl = typeof r.foreign === 'number' ? (r.foreign as number).toFixed(2) : '-';
    const wr = r.wallRange as [number, number] | undefined;
    const wall = wr && (r.rounds as number) > 1 ? `${ms(r.wallMs)} (${ms(wr[0])}-${ms(wr[1])})` : ms(r.wallMs);
    md.push(`| ${r.label} | ${verdict} | ${wall} | ${ms(r.workMs as number | undefined)} | ${r.maxRssMB ?? '-'} MB | ${r.timeMaxRssMB ?? '-'} MB | ${fl} | ${notes.join('; ')} |`);
  }
  md.push('');
  md.push(`### Correctness (${correctness.length} cases, expected verdicts ${correctnessOk ? 'matched by all engines' : 'NOT matched, see below'})`);
  md.push('');
  md.push(`| case | defect | expected | ${engines.map((e) => e.name).join(' | ')} | same error line |`);
  md.push(`|---|---|---|${engines.map(() => '---').join('|')}|---|`);
  for (const c of correctness) {
    const cells = engines.map((e) => {
      const v = c.verdicts[e.name]!;
      const l = firstLine(v.errors);
      return (v.valid ? 'valid' : 'invalid') + (l !== null ? ` (line ${l})` : '');
    });
    md.push(`| ${c.name} | ${c.defect} | ${c.expectValid ? 'valid' : 'invalid'} | ${cells.join(' | ')} | ${c.expectValid ? '-' : c.sameLine ? 'yes' : 'no'} |`);
  }
  md.push('');
  md.push(`xsd-schema-validator as installed (node_modules), on the valid WMO323: valid=${installedProbe.valid}, status=${installedProbe.result}, ${installedProbe.messages.length} messages.` +
    (installedProbe.valid ? '' : ' The shipped support/XMLValidator.class does not load on this JDK; the figures above use a copy whose helper was recompiled with the local javac (what the package\'s postinstall does).'));
  md.push('');
  md.push(`Run time: ${totalS.toFixed(0)} s. Generation of the large file: ${ms(genMs)}.`);
  md.push('');
  process.stdout.write(md.join('\n'));

  fs.writeFileSync(
    path.join(OUT, 'xsd-engines-results.json'),
    JSON.stringify({ env, quiet, compile, latency: lat, latForeign, throughput: thr, large, largeResults, correctness: correctness.map((c) => ({ ...c, verdicts: Object.fromEntries(Object.entries(c.verdicts).map(([k, v]) => [k, { valid: v.valid, firstError: v.errors[0] ?? null }])) })), installedProbe, totalS }, null, 2),
  );
  if (!correctnessOk) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
