import { addDays, daysInclusive } from '@lib/rules';

/** Calendar months and day intervals for the declaratie builder (dates as YYYY-MM-DD, UTC arithmetic). */

// Days and months come from the one calendar (libs/rules); the builder adds periodes and intervals.
export { addDays, addMonths, monthEnd, monthStart } from '@lib/rules';

/** Days from a to b, both included; 0 when b is before a. */
export const daysBetween = (a: string, b: string): number => Math.max(0, daysInclusive(a, b));

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
