import { Guarded, SUPPRESSED, SUPPRESSED_LABEL } from './privacy';

/** One cell: text, a number, an amount in eurocents, a percentage, or suppressed. */
export type Cell =
  | string
  | number
  | null
  | typeof SUPPRESSED
  | { readonly cents: number }
  | { readonly percent: number }
  | { readonly text: string; readonly href: string }
  /** a requeue button for a dead-lettered delivery (empty in CSV) */
  | { readonly requeue: string };

export interface Column {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
}

/** A table of a page: rendered as HTML and exportable as CSV (the same rows, already masked and suppressed). */
export interface Table {
  /** the `table` parameter of its CSV export */
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: ReadonlyArray<Readonly<Record<string, Cell>>>;
  /** a line under the title */
  readonly note?: string;
}

export const cents = (value: number): Cell => ({ cents: value });
export const percent = (value: number | null): Cell => (value === null ? null : { percent: value });
export const guarded = (value: Guarded<number | null>, as: (n: number) => Cell = (n) => n): Cell =>
  value === SUPPRESSED ? SUPPRESSED : value === null ? null : as(value);

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const count = new Intl.NumberFormat('nl-NL');

/** How a cell reads on the page. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell === SUPPRESSED) return SUPPRESSED_LABEL;
  if (typeof cell === 'number') return count.format(cell);
  if (typeof cell === 'string') return cell;
  if ('cents' in cell) return euro.format(cell.cents / 100);
  if ('percent' in cell) return `${cell.percent.toFixed(1).replace('.', ',')}%`;
  if ('requeue' in cell) return '';
  return cell.text;
}

/** How a cell is exported: plain numbers (euros with a decimal point), no thousands separators. */
export function cellCsv(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell === SUPPRESSED) return SUPPRESSED_LABEL;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return cell;
  if ('cents' in cell) return (cell.cents / 100).toFixed(2);
  if ('percent' in cell) return cell.percent.toFixed(1);
  if ('requeue' in cell) return '';
  return cell.text;
}

/** RFC 4180, with cells that a spreadsheet would run as a formula made inert (CSV injection). */
export function toCsv(table: Table): string {
  const quote = (value: string): string => {
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [table.columns.map((c) => quote(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(cellCsv(row[c.key] ?? null))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
