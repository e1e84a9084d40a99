import type { Rule } from '../rule';
import { finding, integer, prestaties } from './support/within-message';

/** CS339: Indien Eenheid de waarde 83 (euro’s) heeft, moet IngediendBedrag gelijk zijn aan GeleverdVolume (0001 on the Prestatie). */
export const CS339: Rule = {
  code: 'CS339',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'Indien Eenheid de waarde 83 (euro’s) heeft, moet IngediendBedrag gelijk zijn aan GeleverdVolume.',
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
          `Prestatie ${p.ProductReferentie.ReferentieNummer} has Eenheid 83 (euro's) with GeleverdVolume ${p.GeleverdVolume.trim()} but IngediendBedrag ${p.IngediendBedrag.Bedrag.trim()} (CS339); in euro's the IngediendBedrag equals the GeleverdVolume (both in eurocent).`,
        ),
      );
  },
};
