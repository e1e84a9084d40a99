import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding, monthOf, prestaties } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/**
 * CS337: Einddatum in de ProductPeriode vullen met een datum die valt in dezelfde kalendermaand
 * en jaar als de Begindatum van de ProductPeriode (0001 on the Prestatie).
 */
export const CS337: Rule = {
  ...standard('CS337'),
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    return prestaties(message)
      .filter(({ prestatie: { ProductPeriode: pp } }) => monthOf(pp.Einddatum) !== monthOf(pp.Begindatum))
      .map(({ prestatie: p, path }) =>
        finding(
          'CS337',
          path,
          text('CS337.more-than-one-month', {
            referentie: p.ProductReferentie.ReferentieNummer,
            begindatum: p.ProductPeriode.Begindatum.trim(),
            einddatum: p.ProductPeriode.Einddatum.trim(),
          }),
        ),
      );
  },
};
