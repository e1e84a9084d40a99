/**
 * Times as the dashboard shows them: Dutch local time (Europe/Amsterdam, summer time included),
 * "07-12-2026 13:45:12", and the label that says so next to every time column.
 */
const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** The label of a time column: what happened, in Dutch time. */
export const timeLabel = (what: string): string => `${what} (Nederlandse tijd)`;

/** A moment in Dutch local time, e.g. 07-12-2026 13:45:12. */
export function dutchTime(at: Date): string {
  const p = Object.fromEntries(AMSTERDAM.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}:${p.second}`;
}
