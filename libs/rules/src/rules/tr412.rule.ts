import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { collapsedOrNull, partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR412: Indien Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum groter dan 31-12-2020 of leeg
 * is, dan leeg laten (9412), on the Omvang of a TeWijzigenProduct. Applied to aspecifieke toewijzingen (Categorie without
 * Code); a toewijzing without Product gets TR375's 9375 instead, so one fault gives one code.
 */
export const TR412: Rule = {
  ...standard('TR412'),
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    return (message.bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
      if (!p.Omvang) return [];
      const toewijzing = state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.ToewijzingNummer);
      if (!toewijzing || toewijzing.productCategorie === null || toewijzing.productCode !== null) return [];
      const einddatum = collapsedOrNull(p.Einddatum) ?? toewijzing.einddatum;
      if (einddatum !== null && einddatum <= '2020-12-31') return [];
      return [
        {
          rule: 'TR412',
          retourcode: '9412',
          path: `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
          text: text('TR412.aspecifiek', { nummer: p.ToewijzingNummer, categorie: toewijzing.productCategorie }),
        },
      ];
    });
  },
};
