import type { Html } from './html';
import type { Table } from './table';

/** A chart: chart.js draws it from these numbers; the same numbers are in the table named by tableId. */
export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly type: 'bar' | 'line';
  readonly stacked?: boolean;
  readonly labels: readonly string[];
  readonly datasets: ReadonlyArray<{ readonly label: string; readonly data: ReadonlyArray<number | null> }>;
  /** the table with the chart's numbers */
  readonly tableId: string;
  readonly yLabel?: string;
  /** the y axis counts amounts or percentages, not whole things: its ticks may have decimals */
  readonly fractional?: boolean;
}

export interface FilterField {
  readonly name: string;
  readonly label: string;
  readonly kind: 'date' | 'month' | 'select' | 'text';
  readonly value: string;
  /** for select: value and label; '' is "all" */
  readonly options?: ReadonlyArray<{ readonly value: string; readonly label: string }>;
}

/** What a page shows; rendered by render.ts, its tables exportable as CSV. */
export interface Page {
  readonly path: string;
  readonly title: string;
  readonly intro?: string;
  readonly filters: readonly FilterField[];
  /** the query string of the current filters, for CSV links */
  readonly query: string;
  readonly summary?: ReadonlyArray<{ readonly label: string; readonly value: string }>;
  readonly charts: readonly Chart[];
  readonly tables: readonly Table[];
  /** extra content after the tables (message detail, forms) */
  readonly extra?: Html;
}
