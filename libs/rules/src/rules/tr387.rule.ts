import { text } from '@lib/i18n';
import { firstOfMonth, monthName, named, toewijzingRule } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/**
 * TR387: De Begindatum van een ProductPeriode is altijd de eerste dag van de kalendermaand waarop de ProductPeriode
 * betrekking heeft tenzij de Ingangsdatum van de toewijzing later in de betreffende maand ligt (9387).
 */
export const TR387 = toewijzingRule(
  {
    ...standard('TR387'),
  },
  (p, toewijzing) => {
    const begin = p.periode.begindatum;
    const first = firstOfMonth(begin);
    const laterInMonth = toewijzing.ingangsdatum > first && toewijzing.ingangsdatum.slice(0, 7) === begin.slice(0, 7);
    const expected = laterInMonth ? toewijzing.ingangsdatum : first;
    if (begin === expected) return undefined;
    const why = laterInMonth ? text('TR387.toewijzing-starts', { toewijzing: p.toewijzingNummer, ingangsdatum: toewijzing.ingangsdatum }) : text('TR387.first-of-month');
    return text('TR387.begin', { prestatie: named(p), begin, month: monthName(begin), expected, why });
  },
);
