import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding, integer, prestaties } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CS339: Indien Eenheid de waarde 83 (euro’s) heeft, moet IngediendBedrag gelijk zijn aan GeleverdVolume (0001 on the Prestatie). */
export const CS339: Rule = {
  ...standard('CS339'),
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    // Both are integers in eurocent (IV024, IV042): their values are compared, not their lexical forms.
    return prestaties(message)
      .filter(({ prestatie: p }) => p.Eenheid === '83' && integer(p.IngediendBedrag.Bedrag) !== integer(p.GeleverdVolume))
      .map(({ prestatie: p, path }) =>
        finding(
          'CS339',
          path,
          text('CS339.bedrag-not-volume', { referentie: p.ProductReferentie.ReferentieNummer, volume: p.GeleverdVolume.trim(), bedrag: p.IngediendBedrag.Bedrag.trim() }),
        ),
      );
  },
};
