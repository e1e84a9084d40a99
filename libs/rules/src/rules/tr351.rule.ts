import type { Rule } from '../rule';
import { actueelProblem, collapsed, partiesOf } from '../state/toewijzing-state';

/** TR351: Ieder TeWijzigenProduct in een verzoek om wijziging is gerelateerd aan een actueel ToegewezenProduct op basis van ToewijzingNummer (9351). */
export const TR351: Rule = {
  code: 'TR351',
  retourcode: '9351',
  level: 'berichtoverstijgend',
  definition: 'Ieder TeWijzigenProduct in een verzoek om wijziging is gerelateerd aan een actueel ToegewezenProduct op basis van ToewijzingNummer.',
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { Bsn, Verzoek } = message.bericht.Client;
    const peildatum = collapsed(message.bericht.Header.BerichtIdentificatie.Dagtekening);
    return (Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
      const problem = actueelProblem(state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.ToewijzingNummer), { gemeente, aanbieder, bsn: Bsn, peildatum });
      if (!problem) return [];
      return [
        {
          rule: 'TR351',
          retourcode: '9351',
          path: `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
          message: `TeWijzigenProduct ToewijzingNummer ${p.ToewijzingNummer} is not an actuele toewijzing of this client: ${problem} Only actuele toewijzingen can be changed; ask for anything else as NieuwProduct.`,
        },
      ];
    });
  },
};
