import { LOCALE, type Lang } from './lang';

const euro = new Map<Lang, Intl.NumberFormat>();
const number = new Map<Lang, Intl.NumberFormat>();
const time = new Map<Lang, Intl.DateTimeFormat>();

function cached<T>(map: Map<Lang, T>, lang: Lang, make: () => T): T {
  let value = map.get(lang);
  if (value === undefined) map.set(lang, (value = make()));
  return value;
}

const euroFormat = (lang: Lang): Intl.NumberFormat => cached(euro, lang, () => new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR' }));

/** An amount in cents as the language writes euros: € 1.234,56 (nl) or €1,234.56 (en). */
export const formatEuros = (cents: number, lang: Lang): string => euroFormat(lang).format(cents / 100);

/** A count with the language's thousands separator: 12.345 (nl) or 12,345 (en). */
export const formatNumber = (value: number, lang: Lang): string =>
  cached(number, lang, () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 })).format(value);

/** A moment in Europe/Amsterdam, day and time to the second: 07-12-2026 14:03:09 (nl) or 07/12/2026, 14:03:09 (en). */
export const formatAmsterdamTime = (at: Date | string, lang: Lang): string =>
  cached(time, lang, () => new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
  })).format(typeof at === 'string' ? new Date(at) : at);

const WHOLE_CENTS = /^[+-]?[0-9]+$/;

/**
 * An amount in cents carried as a parameter (a string or number), as euros; a value that is not a
 * number is shown as it is. Whole cents in a string are shown exactly, also beyond 2^53.
 */
export function formatCents(cents: string | number, lang: Lang): string {
  if (typeof cents === 'string' && WHOLE_CENTS.test(cents.trim())) {
    const n = BigInt(cents.trim());
    const abs = n < 0n ? -n : n;
    const euros = `${n < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}` as Intl.StringNumericLiteral;
    return euroFormat(lang).format(euros);
  }
  const n = typeof cents === 'number' ? cents : Number(cents);
  return Number.isFinite(n) && String(cents).trim() !== '' ? formatEuros(n, lang) : String(cents);
}
