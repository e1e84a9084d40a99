/**
 * What encryption at rest costs per message (issue 12): sealing a body for messages.raw and
 * opening it for a delivery or GET .../xml, with the gateway's FieldCipher (AES-256-GCM, a
 * fresh data key per value wrapped by the master key), for a small message, a large one and a
 * 25 MB declaratie. Compare the per-message figure with the ingest benchmark's CPU per request
 * (bench/ingest.bench.ts, docs/benchmarks-ingest.md). Figures are printed, never asserted.
 *
 *   npx tsx bench/encryption.bench.ts
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { FieldCipher } from '../libs/persistence/src/crypto/field-cipher';
import { generateLargeWmo323, smallWmo301, smallWmo323 } from './lib/generate';

const cipher = new FieldCipher({ id: 'bench', key: randomBytes(32) });

function measure(body: Buffer, iterations: number): { seal: number; open: number } {
  for (let i = 0; i < Math.min(iterations, 50); i++) cipher.open(cipher.seal(body));
  const sealed: Buffer[] = [];
  let t = performance.now();
  for (let i = 0; i < iterations; i++) sealed.push(cipher.seal(body));
  const seal = (performance.now() - t) / iterations;
  t = performance.now();
  for (const value of sealed) cipher.open(value);
  const open = (performance.now() - t) / iterations;
  return { seal, open };
}

function main(): void {
  console.log(`encryption at rest, FieldCipher AES-256-GCM envelope; node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}`);
  console.log('| body | bytes | seal ms | open ms | seal+open ms | MB/s (seal) |');
  console.log('|---|---|---|---|---|---|');
  const cases: Array<[string, Buffer, number]> = [
    ['WMO301', Buffer.from(smallWmo301()), 20_000],
    ['WMO323', Buffer.from(smallWmo323()), 20_000],
    ['WMO323, 25 MB', readFileSync(generateLargeWmo323().path), 10],
  ];
  for (const [name, body, iterations] of cases) {
    const { seal, open } = measure(body, iterations);
    const mbs = body.length / 1024 / 1024 / (seal / 1000);
    console.log(`| ${name} | ${body.length} | ${seal.toFixed(4)} | ${open.toFixed(4)} | ${(seal + open).toFixed(4)} | ${mbs.toFixed(0)} |`);
  }
}

main();
