import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { collapsedOrNull, partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR375: Indien Product in de toewijzing met ToewijzingNummer leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan
 * leeg laten (9375), on the Omvang of a TeWijzigenProduct. A generieke toewijzing (no Product) gets 9375; TR412 (9412)
 * covers the aspecifieke one (Categorie without Code), so one fault gives one code. Einddatum: the requested one, else
 * the toewijzing's.
 */
export const TR375: Rule = {
  ...standard('TR375'),
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    return (message.bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
      if (!p.Omvang) return [];
      const toewijzing = state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.ToewijzingNummer);
      if (!toewijzing || toewijzing.productCategorie !== null) return [];
      const einddatum = collapsedOrNull(p.Einddatum) ?? toewijzing.einddatum;
      if (einddatum !== null && einddatum <= '2020-12-31') return [];
      return [
        {
          rule: 'TR375',
          retourcode: '9375',
          path: `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
          text: text('TR375.generiek', { nummer: p.ToewijzingNummer }),
        },
      ];
    });
  },
};
