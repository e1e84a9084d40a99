// Worker thread of bench/hostile-25mb.bench.ts: the probes of "other requests" while a case
// runs (GET /health/live and small WMO301s, each every gapMs), on an event loop and heap of
// their own, so that the bench's own work (sending 20-25 MB bodies, the garbage collection of
// the heap that holds them) does not count as the gateway's delay. Its own loop lag is reported.
import { parentPort, workerData } from 'node:worker_threads';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const { url, key, smallBodies, liveGapMs, smallGapMs, timeoutMs } = workerData;
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
let stopping = false;
parentPort.once('message', () => (stopping = true));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function loop(gapMs, probe) {
  do {
    const started = performance.now();
    await probe();
    await sleep(Math.max(0, gapMs - (performance.now() - started)));
  } while (!stopping);
}

const live = { maxMs: 0, polls: 0, failures: 0 };
const small = { maxMs: 0, count: 0, statuses: [] };
let next = 0;
await Promise.all([
  loop(liveGapMs, async () => {
    const started = performance.now();
    try {
      const response = await fetch(`${url}/health/live`, { signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      if (response.status !== 200) live.failures++;
    } catch {
      live.failures++;
    }
    live.maxMs = Math.max(live.maxMs, performance.now() - started);
    live.polls++;
  }),
  loop(smallGapMs, async () => {
    const body = smallBodies[next++ % smallBodies.length];
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(`${url}/v1/berichten`, {
        method: 'POST', headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` }, body, signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = 0;
    }
    small.maxMs = Math.max(small.maxMs, performance.now() - started);
    small.count++;
    if (!small.statuses.includes(status)) small.statuses.push(status);
  }),
]);
lag.disable();
parentPort.postMessage({ live, small, lagMaxMs: lag.max / 1e6 });
