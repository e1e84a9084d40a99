import { firstOfMonth, monthName, named, toewijzingRule } from './declaratie.support';

/**
 * TR387: De Begindatum van een ProductPeriode is altijd de eerste dag van de kalendermaand waarop de ProductPeriode
 * betrekking heeft tenzij de Ingangsdatum van de toewijzing later in de betreffende maand ligt (9387).
 */
export const TR387 = toewijzingRule(
  {
    code: 'TR387',
    retourcode: '9387',
    level: 'berichtoverstijgend',
    definition:
      'De Begindatum van een ProductPeriode is altijd de eerste dag van de kalendermaand waarop de ProductPeriode betrekking heeft tenzij de Ingangsdatum van de toewijzing later in de betreffende maand ligt.',
  },
  (p, toewijzing) => {
    const begin = p.periode.begindatum;
    const first = firstOfMonth(begin);
    const laterInMonth = toewijzing.ingangsdatum > first && toewijzing.ingangsdatum.slice(0, 7) === begin.slice(0, 7);
    const expected = laterInMonth ? toewijzing.ingangsdatum : first;
    if (begin === expected) return undefined;
    const why = laterInMonth ? `toewijzing ${p.toewijzingNummer} starts on ${toewijzing.ingangsdatum}` : 'the first day of the month';
    return `${named(p)} starts on ${begin}; a ProductPeriode in ${monthName(begin)} starts on ${expected} (${why}), whenever the care started.`;
  },
);
