import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { duplicates, finding, prestatiesOf, shortPath } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR315: VorigReferentieNummer van de Prestatie moet uniek zijn in het bericht (323;
 * retourcode 0001): a debet prestatie is credited once. The second and later prestaties
 * with the same VorigReferentieNummer are reported.
 */
export const TR315: Rule = {
  ...standard('TR315'),
  appliesTo: ['WMO323'],
  check(message) {
    const credits = prestatiesOf(message).flatMap(({ prestatie, path }) => {
      const vorig = prestatie.ProductReferentie.VorigReferentieNummer?.trim();
      return vorig ? [{ path, key: vorig }] : [];
    });
    return duplicates(credits).map(({ item, first }) =>
      finding('TR315', item.path, text('TR315.credited-twice', { path: shortPath(item.path), vorig: item.key, first: shortPath(first.path) })),
    );
  },
};
