/**
 * `iwmo validate` on the 7 official examples and 1,000 of their mutations: wall time
 * of the whole command (start-up, schema compilation, validation, output).
 *
 *   npx tsx bench/cli-validate.bench.ts
 *
 * Needs ../shared/reference (the official examples); the files are written to bench/out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMutations } from '../test/conformance/mutations';
import { OfficialSchemas } from '../test/conformance/official-schemas';
import { loadOfficialExamples, OFFICIAL_XSD_DIR, referenceAvailable, REPOSITORY_ROOT } from '../test/conformance/reference';

if (!referenceAvailable()) {
  console.error('../shared/reference/iwmo-3.2 is not present: this benchmark needs the official examples');
  process.exit(2);
}
const dir = join(REPOSITORY_ROOT, 'bench', 'out', 'validate-cli');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const examples = loadOfficialExamples();
examples.forEach((e) => writeFileSync(join(dir, `${e.message}.xml`), e.xml));
const { mutations } = generateMutations(examples, OfficialSchemas.load(OFFICIAL_XSD_DIR), { seed: 7, budget: 1000 });
mutations.forEach((m, i) => writeFileSync(join(dir, `mutation-${String(i).padStart(4, '0')}.xml`), m.xml));
const files = examples.length + mutations.length;

const runs: number[] = [];
let lines = 0;
let invalid = 0;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  let out = '';
  try {
    out = execFileSync(process.execPath, [join(REPOSITORY_ROOT, 'bin', 'iwmo.js'), 'validate', '--json', dir], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit code 1: some files are invalid, as intended
  }
  runs.push(performance.now() - t);
  const parsed = out.trim().split('\n').map((l) => JSON.parse(l) as { valid: boolean });
  lines = parsed.length;
  invalid = parsed.filter((p) => !p.valid).length;
}
runs.sort((a, b) => a - b);
console.log(`iwmo validate --json on ${files} files (${examples.length} official examples + ${mutations.length} mutations): ${lines} lines, ${invalid} invalid`);
console.log(`wall time: median ${(runs[1]! / 1000).toFixed(2)} s (runs: ${runs.map((r) => (r / 1000).toFixed(2)).join(', ')} s), node ${process.version}`);
