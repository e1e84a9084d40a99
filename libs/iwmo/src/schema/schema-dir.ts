import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's schemas/iwmo-3.2 folder, found by walking up from this file so
 * that it works from the TypeScript sources and from dist/ alike.
 */
export function defaultSchemaDir(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'schemas', 'iwmo-3.2');
    if (existsSync(join(candidate, 'basisschema.xsd'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`schemas/iwmo-3.2 not found above ${from}`);
  }
}
