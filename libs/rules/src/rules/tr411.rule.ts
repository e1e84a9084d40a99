import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR411: Indien Code in Product bij de toewijzing met ToewijzingNummer gevuld is, dan Omvang verplicht vullen (9411). */
export const TR411: Rule = {
  ...standard('TR411'),
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    return (message.bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
      if (p.Omvang) return [];
      const toewijzing = state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.ToewijzingNummer);
      if (!toewijzing?.productCode) return [];
      return [
        {
          rule: 'TR411',
          retourcode: '9411',
          path: `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
          text: text('TR411.omvang-missing', { nummer: p.ToewijzingNummer, product: `${toewijzing.productCategorie}/${toewijzing.productCode}` }),
        },
      ];
    });
  },
};
