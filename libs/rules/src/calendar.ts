/**
 * The gateway's one calendar: days as the standard writes them (YYYY-MM-DD), with UTC arithmetic
 * so that no time zone or daylight saving shifts a day; and today's date in the Netherlands.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export const epochDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
/** The YYYY-MM-DD date of a day since 1970-01-01. */
export const fromEpochDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromEpochDay(epochDay(date) + days);

/** Days from a to b, both included (0 when b is the day before a, negative further back). */
export const daysInclusive = (a: string, b: string): number => epochDay(b) - epochDay(a) + 1;

/** The first day of the month of a YYYY-MM-DD date or a YYYY-MM periode. */
export const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;

/** The last day of the month of a YYYY-MM-DD date or a YYYY-MM periode. */
export function monthEnd(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The first day of the month `n` months after (negative: before) the month of `date`. */
export function addMonths(date: string, n: number): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return new Date(Date.UTC(year, month - 1 + n, 1)).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD value that is a day of the calendar (2026-02-29 is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '0001') return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** Formats a day as YYYY-MM-DD in Europe/Amsterdam; made once (making an Intl formatter costs more than judging a small message's header). */
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands (Europe/Amsterdam), YYYY-MM-DD. */
export const dutchToday = (now = new Date()): string => AMSTERDAM_DAY.format(now);
