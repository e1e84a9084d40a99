/**
 * How fast the gateway checks a message (layers 1-2: safe input, XSD, typed model).
 *
 *   npx tsx bench/message-validation.bench.ts
 *
 * 1. Warm latency (median, p95) of MessageValidator.validate on a small WMO301 and WMO323.
 * 2. A generated 25 MB WMO323 (~50,000 prestaties): the full check (XSD in the worker
 *    pool, typed model on the main thread) against a raw streaming parse (saxes, counting
 *    elements) of the same file, each in its own child process so peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateLargeWmo323, smallWmo301, smallWmo323 } from './lib/generate';

// Measure the built JavaScript, as the gateway runs it (`npm run build` first); the
// TypeScript sources would load tsx into every worker thread and inflate time and memory.
const DIST = join(__dirname, '..', 'dist', 'libs', 'iwmo', 'src', 'index.js');
if (!existsSync(DIST)) throw new Error('run `npm run build` first: the benchmark measures dist/');
const { MessageValidator, XsdValidationPool } = require(DIST) as typeof import('../libs/iwmo/src');

const ITERATIONS = 500;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number) => n.toFixed(n < 10 ? 3 : 1);

async function warmLatency(): Promise<void> {
  const pool = await XsdValidationPool.start({ threads: 2 });
  const validator = new MessageValidator(pool);
  console.log('| message | bytes | median ms | p95 ms | iterations |\n|---|---|---|---|---|');
  for (const [name, xml] of [['WMO301', smallWmo301()], ['WMO323', smallWmo323()]] as const) {
    const bytes = Buffer.from(xml);
    const first = await validator.validate(bytes);
    if (!first.report.valid) throw new Error(`${name} sample is invalid: ${JSON.stringify(first.report.errors)}`);
    for (let i = 0; i < 50; i++) await validator.validate(bytes);
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t = performance.now();
      await validator.validate(bytes);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${bytes.length} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${ITERATIONS} |`);
  }
  await pool.close();
}

/** Runs in a child: one large-file case, prints {wallMs, maxRssMb}. */
async function largeCase(kind: string, file: string): Promise<void> {
  const bytes = readFileSync(file);
  let wall: number;
  if (kind === 'saxes') {
    const t = performance.now();
    let elements = 0;
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', () => void elements++);
    parser.write(bytes.toString('utf8')).close();
    wall = performance.now() - t;
  } else {
    const pool = await XsdValidationPool.start({ threads: 1 });
    const validator = new MessageValidator(pool);
    const t = performance.now();
    const outcome = await validator.validate(bytes);
    wall = performance.now() - t;
    if (!outcome.report.valid || !outcome.parsed) throw new Error(`large declaratie invalid: ${JSON.stringify(outcome.report.errors.slice(0, 3))}`);
    await pool.close();
  }
  console.log(JSON.stringify({ wallMs: wall, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function runChild(kind: string, file: string): { wallMs: number; maxRssMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--large', kind, file], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  const largeAt = process.argv.indexOf('--large');
  if (largeAt > 0) return largeCase(process.argv[largeAt + 1]!, process.argv[largeAt + 2]!);

  console.log(`node ${process.version}, ${require('node:os').cpus().length} cores\n`);
  await warmLatency();
  const large = generateLargeWmo323();
  console.log(`\nlarge WMO323: ${(large.bytes / 1024 / 1024).toFixed(1)} MB, ${large.prestaties} prestaties, ${large.clients} clients\n`);
  console.log('| 25 MB WMO323 | wall s | peak RSS MB |\n|---|---|---|');
  const runs = 3;
  const results: Record<string, { wallMs: number; maxRssMb: number }[]> = { saxes: [], pipeline: [] };
  for (let i = 0; i < runs; i++) for (const kind of ['saxes', 'pipeline']) results[kind]!.push(runChild(kind, large.path));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const row = (label: string, kind: string) => {
    const r = results[kind]!;
    console.log(`| ${label} | ${(median(r.map((x) => x.wallMs)) / 1000).toFixed(2)} | ${median(r.map((x) => x.maxRssMb)).toFixed(0)} |`);
  };
  row('raw streaming parse (saxes, baseline)', 'saxes');
  row('XSD (worker pool) + typed model (gateway path)', 'pipeline');
  const ratio = median(results.pipeline!.map((x) => x.wallMs)) / median(results.saxes!.map((x) => x.wallMs));
  console.log(`\nratio gateway path / streaming baseline: ${ratio.toFixed(2)}x (median of ${runs} runs each)`);
}

void main();
