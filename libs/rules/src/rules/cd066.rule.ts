import type { Rule } from '../rule';
import { filled, finding, VERWIJZER_TYPES_MET_ZORGVERLENERCODE as MET_ZORGVERLENERCODE, verwijzers } from './support/within-message';

/** CD066: Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is gevuld, dan is Naamverwijzer leeg (0001). */
export const CD066: Rule = {
  code: 'CD066',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is gevuld, dan is Naamverwijzer leeg.',
  appliesTo: ['WMO315'],
  check(message) {
    return verwijzers(message)
      .filter(({ verwijzer: v }) => MET_ZORGVERLENERCODE.includes(v.Type) && filled(v.ZorgverlenerCode) && filled(v.Naam))
      .map(({ verwijzer: v, path }) =>
        finding(
          'CD066',
          path,
          `Verwijzer (Type ${v.Type}) has ZorgverlenerCode ${v.ZorgverlenerCode!.trim()} and also Naam "${v.Naam!.trim()}" (CD066); when the ZorgverlenerCode is given, leave the Naam of the verwijzer empty.`,
        ),
      );
  },
};
