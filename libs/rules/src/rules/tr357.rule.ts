import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { collapsed, partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR357: Als GewensteIngangsdatum kleiner dan of gelijk is aan de dagtekening, dan is GewensteIngangsdatum gelijk aan ingangsdatum van het originele ToegewezenProduct (9357). */
export const TR357: Rule = {
  ...standard('TR357'),
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const dagtekening = collapsed(message.bericht.Header.BerichtIdentificatie.Dagtekening);
    return (message.bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
      const gewenst = collapsed(p.GewensteIngangsdatum);
      if (gewenst > dagtekening) return [];
      // An unknown ToewijzingNummer is TR351's finding.
      const original = state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.ToewijzingNummer);
      if (!original || original.ingangsdatum === gewenst) return [];
      return [
        {
          rule: 'TR357',
          retourcode: '9357',
          path: `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
          text: text('TR357.not-from-ingangsdatum', { gewenst: p.GewensteIngangsdatum, nummer: p.ToewijzingNummer, dagtekening, ingangsdatum: original.ingangsdatum }),
        },
      ];
    });
  },
};
