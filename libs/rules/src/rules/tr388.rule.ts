import { text } from '@lib/i18n';
import { lastOfMonth, monthName, named, toewijzingRule } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/**
 * TR388: De Einddatum van een ProductPeriode is altijd de laatste dag van de kalendermaand waarop de ProductPeriode
 * betrekking heeft tenzij de Einddatum van de toewijzing eerder in de betreffende maand ligt (9388).
 */
export const TR388 = toewijzingRule(
  {
    ...standard('TR388'),
  },
  (p, toewijzing) => {
    const end = p.periode.einddatum;
    const last = lastOfMonth(end);
    const eind = toewijzing.einddatum;
    const earlierInMonth = eind !== null && eind < last && eind.slice(0, 7) === end.slice(0, 7);
    const expected = earlierInMonth ? eind : last;
    if (end === expected) return undefined;
    const why = earlierInMonth ? text('TR388.toewijzing-ends', { toewijzing: p.toewijzingNummer, einddatum: eind }) : text('TR388.last-of-month');
    return text('TR388.end', { prestatie: named(p), end, month: monthName(end), expected, why });
  },
);
