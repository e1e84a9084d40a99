/**
 * Working days for the terms of the standard (FAQ iWmo 3.2: a retour within 3 werkdagen, start/stop
 * within 5, a 325 within 10): Monday to Friday, except the public holidays of the Algemene
 * termijnenwet (art. 3): Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag,
 * Koningsdag (27 April, 26 April when the 27th is a Sunday), Bevrijdingsdag (5 May) and both
 * Kerstdagen. Goede Vrijdag is not one of them. Dates are YYYY-MM-DD (the day in the Netherlands).
 */
import { addDays } from '@lib/rules';

const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** The public holidays of the Algemene termijnenwet in a year. */
export function dutchPublicHolidays(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const koningsdag = toDate(`${year}-04-27`).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  const days = new Set([
    `${year}-01-01`,
    addDays(easter, 1), // tweede Paasdag
    addDays(easter, 39), // Hemelvaartsdag
    addDays(easter, 50), // tweede Pinksterdag
    koningsdag,
    `${year}-05-05`,
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  holidayCache.set(year, days);
  return days;
}

export function isWorkingDay(iso: string): boolean {
  const weekday = toDate(iso).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !dutchPublicHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** The date `n` working days after `iso` (the day itself does not count). */
export function addWorkingDays(iso: string, n: number): string {
  let day = iso;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * The last day of receipt that is overdue today: a message received on or before it had its
 * term of `n` working days end before today. addWorkingDays is monotonic, so this walks back.
 */
export function overdueCutoff(today: string, n: number): string {
  let day = addDays(today, -1);
  while (addWorkingDays(day, n) >= today) day = addDays(day, -1);
  return day;
}

export { addDays };
