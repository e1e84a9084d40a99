import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, VERWIJZER_TYPES_MET_ZORGVERLENERCODE as MET_ZORGVERLENERCODE, verwijzers } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD068: Als type verwijzer ongelijk is aan 02, 03, 04 of 05, dan is ZorgverlenerCode leeg (0001). */
export const CD068: Rule = {
  ...standard('CD068'),
  appliesTo: ['WMO315'],
  check(message) {
    return verwijzers(message)
      .filter(({ verwijzer: v }) => !MET_ZORGVERLENERCODE.includes(v.Type) && filled(v.ZorgverlenerCode))
      .map(({ verwijzer: v, path }) =>
        finding('CD068', path, text('CD068.zorgverlenercode-not-allowed', { type: v.Type, zorgverlenerCode: v.ZorgverlenerCode!.trim() })),
      );
  },
};
