/** The languages the gateway answers in: Dutch for the people who act on the answers, English on request. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

/**
 * The language a setting names (`en`, `en-GB`, `EN`, `nl-NL`), Dutch for anything else.
 * For an HTTP Accept-Language header with q-values use the request's negotiation
 * (express `req.acceptsLanguages(...LANGS)`), which reads the whole list.
 */
export function langOf(value: string | null | undefined): Lang {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : DEFAULT_LANG;
}

/** The BCP 47 locale used for numbers and dates in each language. */
export const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
