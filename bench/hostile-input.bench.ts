/**
 * Memory of the gateway under a stream of hostile input: the built gateway as
 * a real process (test/e2e/harness.ts), rounds of mutated messages of all 14
 * types (test/hostile/mutations.ts, fixed seed) over HTTP, and after each
 * round the gateway's V8 heap (its /metrics) and resident memory (/proc). A
 * heap that keeps climbing round after round would be a leak; the figures
 * are printed, not asserted (the test suite has no timed or memory assertions).
 *
 *   npm run build && npx tsx bench/hostile-input.bench.ts [rounds] [per-round]
 */
import fc from 'fast-check';
import { Harness } from '../test/e2e/harness';
import { loadFixtures } from '../test/hostile/hostile-app';
import { mutate, mutation } from '../test/hostile/mutations';
import { appMetrics, rssBytes } from './lib/process-stats';

const ROUNDS = Number(process.argv[2] ?? 5);
const PER_ROUND = Number(process.argv[3] ?? 400);
const CONCURRENCY = 4;
const SEED = 20_261_122;

const PARTIES = [
  ['gemeente', '0503'], ['gemeente', '0603'], ['gemeente', '1783'], ['gemeente', '1842'], ['aanbieder', '12345678'], ['aanbieder', '87654321'],
] as const;

async function main(): Promise<void> {
  const h = await Harness.start({ name: 'hostile-bench', worker: false, logLevel: 'warn' });
  try {
    const keys = new Map<string, string>();
    for (const [role, code] of PARTIES) keys.set(code, (await h.createParty(role, code, `Party ${code}`)).key);
    const fixtures = loadFixtures();
    const inputs = fc.sample(fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 })), { seed: SEED, numRuns: ROUNDS * PER_ROUND });
    const mb = (n: number | undefined) => (n === undefined ? '?' : (n / 1024 / 1024).toFixed(1));
    const sample = async () => ({ heap: (await appMetrics(`${h.gatewayUrl}/metrics`)).heapUsedBytes, rss: rssBytes(h.gateway.pid) });

    const start = await sample();
    console.log(`hostile input against the built gateway: ${ROUNDS} rounds of ${PER_ROUND} mutated messages (seed ${SEED}, ${CONCURRENCY} at a time)`);
    console.log(`round | messages | statuses | 5xx | heap MB | rss MB | s`);
    console.log(`    0 |        0 |          |   0 | ${mb(start.heap)} | ${mb(start.rss)} |`);
    for (let round = 1; round <= ROUNDS; round++) {
      const batch = inputs.slice((round - 1) * PER_ROUND, round * PER_ROUND);
      const statuses = new Map<number, number>();
      const started = Date.now();
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const [pick, mutations] = batch[next++]!;
          const fixture = fixtures[pick % fixtures.length]!;
          const response = await h.post(keys.get(fixture.afzender), mutate(fixture.xml, mutations));
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const now = await sample();
      const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
      const shown = [...statuses].sort(([a], [b]) => a - b).map(([s, c]) => `${s}:${c}`).join(' ');
      console.log(`${String(round).padStart(5)} | ${String(round * PER_ROUND).padStart(8)} | ${shown} | ${fivexx} | ${mb(now.heap)} | ${mb(now.rss)} | ${seconds}`);
    }
  } finally {
    await h.teardown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
