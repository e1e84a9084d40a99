import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { date, finding, prestaties } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

const EERSTE_DATUM = '2021-01-01';

/** CS100: Vullen met een datum die groter dan of gelijk is aan 01-01-2021 (DeclaratiePeriode and ProductPeriode; 0001). */
export const CS100: Rule = {
  ...standard('CS100'),
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    // The rule is on the period as a whole: both its Begindatum and its Einddatum lie on or after 01-01-2021.
    const periods = [
      { path: '/Bericht/Declaratie', what: 'DeclaratiePeriode', periode: message.bericht.Declaratie.DeclaratiePeriode },
      ...prestaties(message).map(({ prestatie, path }) => ({
        path,
        what: text('CS100.productperiode', { referentie: prestatie.ProductReferentie.ReferentieNummer }),
        periode: prestatie.ProductPeriode,
      })),
    ];
    return periods.flatMap(({ path, what, periode }) => {
      const early = (['Begindatum', 'Einddatum'] as const).filter((d) => date(periode[d]) < EERSTE_DATUM);
      if (early.length === 0) return [];
      const dates =
        early.length === 2 ? text('CS100.both-dates', { begindatum: periode.Begindatum.trim(), einddatum: periode.Einddatum.trim() }) : `${early[0]} ${periode[early[0]!].trim()}`;
      return [finding('CS100', path, text('CS100.too-early', { what, dates }))];
    });
  },
};
