/** Small helpers the benchmarks share: their command-line numbers and the results section they write into a doc. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** `--name N` in argv: a positive whole number; `fallback` when the option is absent. */
export function positiveIntArg(argv: readonly string[], name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive whole number`);
  return n;
}

/**
 * Replaces what stands between the `start` and `end` markers of a Markdown file with `section`; a
 * missing file is made with `title` and the markers. A file without the markers is an error.
 */
export function writeDocSection(file: string, markers: { start: string; end: string }, title: string, section: string): void {
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : `# ${title}\n\n${markers.start}\n${markers.end}\n`;
  const start = doc.indexOf(markers.start);
  const end = doc.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`${file} has no ${markers.start} ... ${markers.end} markers`);
  writeFileSync(file, `${doc.slice(0, start + markers.start.length)}\n${section}\n${doc.slice(end)}`);
}
