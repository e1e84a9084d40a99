/** Calendar months and day intervals for the declaratie builder (dates as YYYY-MM-DD, UTC arithmetic). */

const DAY_MS = 86_400_000;
const epochDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** 'YYYY-MM' -> 'YYYY-MM-01' */
export const monthStart = (periode: string): string => `${periode}-01`;

export function monthEnd(date: string): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The first day of the month `n` months after (negative: before) the month of `date`. */
export function addMonths(date: string, n: number): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10);
}

export const addDays = (date: string, n: number): string => new Date((epochDay(date) + n) * DAY_MS).toISOString().slice(0, 10);

/** Days from a to b, both included; 0 when b is before a. */
export const daysBetween = (a: string, b: string): number => Math.max(0, epochDay(b) - epochDay(a) + 1);

export const isPeriode = (value: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** A closed interval of days; einddatum null is open. */
export interface Interval {
  readonly begindatum: string;
  readonly einddatum: string | null;
}

/** The intersection of closed intervals, or null when empty. */
export function intersect(...intervals: Interval[]): { begindatum: string; einddatum: string } | null {
  let begin = '0000-01-01';
  let end: string | null = null;
  for (const i of intervals) {
    if (i.begindatum > begin) begin = i.begindatum;
    if (i.einddatum !== null && (end === null || i.einddatum < end)) end = i.einddatum;
  }
  if (end === null || end < begin) return null;
  return { begindatum: begin, einddatum: end };
}

/** How many days of `within` the union of `intervals` covers. */
export function coveredDays(intervals: readonly Interval[], within: { begindatum: string; einddatum: string }): number {
  const parts = intervals
    .map((i) => intersect(i, within))
    .filter((i): i is { begindatum: string; einddatum: string } => i !== null)
    .sort((a, b) => a.begindatum.localeCompare(b.begindatum));
  let days = 0;
  let reached: string | null = null; // last day counted
  for (const p of parts) {
    const from = reached !== null && p.begindatum <= reached ? addDays(reached, 1) : p.begindatum;
    if (from > p.einddatum) continue;
    days += daysBetween(from, p.einddatum);
    reached = p.einddatum;
  }
  return days;
}
