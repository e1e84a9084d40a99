import { render, text, type Lang } from '@lib/i18n';

/**
 * Times as the dashboard shows them: Europe/Amsterdam (summer time included) through
 * formatAmsterdamTime, and the label that says so next to every time column, in both languages.
 */
export const timeLabel = (what: string, lang: Lang): string => render(text('dashboard.time.column', { what }), lang);
