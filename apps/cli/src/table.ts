/**
 * Rows under a header, each column as wide as its widest cell (the last one not padded), `gap`
 * spaces apart. Without rows: `none` when given (e.g. "(geen)"), else the header alone.
 */
export function table(header: readonly string[], rows: readonly string[][], options: { none?: string; gap?: number } = {}): string {
  if (!rows.length && options.none !== undefined) return options.none;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join(' '.repeat(options.gap ?? 2)).trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
