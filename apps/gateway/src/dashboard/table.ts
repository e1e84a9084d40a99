import { formatEuros, formatNumber, LOCALE, render, text, type Lang } from '@lib/i18n';
import { Guarded, SUPPRESSED } from './privacy';

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

const percentFormat = new Map(Object.entries(LOCALE).map(([lang, locale]) => [lang, new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })]));

/** A percentage with one decimal as the language writes it: 12,5% (nl) or 12.5% (en). */
export const formatPercent = (value: number, lang: Lang): string => percentFormat.get(lang)!.format(value / 100);

/** What a suppressed cell says, on the page and in the export. */
export const suppressedLabel = (lang: Lang): string => render(text('dashboard.table.suppressed'), lang);

/** How a cell reads on the page. */
export function cellText(cell: Cell, lang: Lang): string {
  if (cell === null || cell === undefined) return '';
  if (cell === SUPPRESSED) return suppressedLabel(lang);
  if (typeof cell === 'number') return formatNumber(cell, lang);
  if (typeof cell === 'string') return cell;
  if ('cents' in cell) return formatEuros(cell.cents, lang);
  if ('percent' in cell) return formatPercent(cell.percent, lang);
  if ('requeue' in cell) return '';
  return cell.text;
}

/** How a cell is exported: plain numbers (euros with a decimal point) in every language, no thousands separators. */
export function cellCsv(cell: Cell, lang: Lang): string {
  if (cell === null || cell === undefined) return '';
  if (cell === SUPPRESSED) return suppressedLabel(lang);
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return cell;
  if ('cents' in cell) return (cell.cents / 100).toFixed(2);
  if ('percent' in cell) return cell.percent.toFixed(1);
  if ('requeue' in cell) return '';
  return cell.text;
}

/**
 * RFC 4180, with cells that a spreadsheet would run as a formula made inert (CSV injection). The
 * header row and the words in cells are the page's (its language); the numbers are the machine's.
 */
export function toCsv(table: Table, lang: Lang): string {
  const quote = (value: string): string => {
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [table.columns.map((c) => quote(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(cellCsv(row[c.key] ?? null, lang))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
