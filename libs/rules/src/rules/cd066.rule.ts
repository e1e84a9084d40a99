import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, VERWIJZER_TYPES_MET_ZORGVERLENERCODE as MET_ZORGVERLENERCODE, verwijzers } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD066: Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is gevuld, dan is Naamverwijzer leeg (0001). */
export const CD066: Rule = {
  ...standard('CD066'),
  appliesTo: ['WMO315'],
  check(message) {
    return verwijzers(message)
      .filter(({ verwijzer: v }) => MET_ZORGVERLENERCODE.includes(v.Type) && filled(v.ZorgverlenerCode) && filled(v.Naam))
      .map(({ verwijzer: v, path }) =>
        finding('CD066', path, text('CD066.naam-with-zorgverlenercode', { type: v.Type, zorgverlenerCode: v.ZorgverlenerCode!.trim(), naam: v.Naam!.trim() })),
      );
  },
};
