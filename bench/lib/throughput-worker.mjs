// Worker thread for the libxml2-wasm throughput ceiling with >1 thread:
// each worker owns its own wasm instance and compiled schema.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { libxml2Engine } from './engines.mjs';

const { schemaDir, code, xml, durationMs, warmup } = workerData;
const buf = Buffer.from(xml);
const e = await libxml2Engine(schemaDir);
e.compile(code);
for (let i = 0; i < warmup; i++) e.validateSync(code, buf);
parentPort.postMessage({ type: 'ready' });
parentPort.once('message', () => {
  const t0 = performance.now();
  let n = 0;
  let invalid = 0;
  while (performance.now() - t0 < durationMs) {
    if (!e.validateSync(code, buf).valid) invalid++;
    n++;
  }
  const elapsed = performance.now() - t0;
  e.close();
  parentPort.postMessage({ type: 'done', n, invalid, elapsed });
});
