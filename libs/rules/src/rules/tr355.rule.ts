import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR355: ReferentieAanbieder in het antwoordbericht komt voor in een eerder verzoek om toewijzing of verzoek om wijziging (9355).
 * 9355 is in the basisschema's retourcode list but missing from WJ001_Retourcode.md.
 */
export const TR355: Rule = {
  ...standard('TR355'),
  appliesTo: ['WMO319'],
  check(message, { state }) {
    if (message.code !== 'WMO319') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { ReferentieAanbieder } = message.bericht.Antwoord;
    const verzoek = state.toewijzingen.verzoek(aanbieder, ReferentieAanbieder);
    if (verzoek?.gemeente === gemeente) return [];
    const problem = verzoek
      ? text('across.verzoek-other-gemeente', { gemeente: verzoek.gemeente, not: gemeente })
      : text('TR355.never-sent', { aanbieder, gemeente });
    return [{ rule: 'TR355', retourcode: '9355', path: '/Bericht/Antwoord', text: text('TR355.no-verzoek', { referentie: ReferentieAanbieder, problem }) }];
  },
};
