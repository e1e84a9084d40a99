import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './generated-files';

const root = join(__dirname, '../../../..');

describe('generated schemas and types', () => {
  it.each(generatedFiles().map(([path, content]) => [path, content]))('%s is up to date with the schema model', (path, content) => {
    // If this fails: run `npm run schemas` and commit the result.
    expect(readFileSync(join(root, path), 'utf8')).toBe(content);
  });
});
