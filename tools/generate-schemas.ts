/**
 * Regenerates schemas/iwmo-3.2/*.xsd and libs/iwmo/src/generated/message-types.ts
 * from the schema model. `npm run schemas`; `--check` exits 1 when a committed
 * file differs from what the model gives (the test suite runs the same check).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../libs/iwmo/src/schema/generated-files';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, content] of generatedFiles()) {
  const full = join(root, path);
  let current: string | undefined;
  try {
    current = readFileSync(full, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) {
    stale++;
    console.error(`out of date: ${path}`);
  } else {
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
