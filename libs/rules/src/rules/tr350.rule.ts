import type { Rule } from '../rule';
import { actueelProblem, collapsed, partiesOf } from '../state/toewijzing-state';

/** TR350: Ieder OngewijzigdProduct in een verzoek om wijziging bericht is gerelateerd aan een actueel toegewezen product op basis van het ToewijzingNummer (9350). */
export const TR350: Rule = {
  code: 'TR350',
  retourcode: '9350',
  level: 'berichtoverstijgend',
  definition: 'Ieder OngewijzigdProduct in een verzoek om wijziging bericht is gerelateerd aan een actueel toegewezen product op basis van het ToewijzingNummer.',
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { Bsn, Verzoek } = message.bericht.Client;
    const peildatum = collapsed(message.bericht.Header.BerichtIdentificatie.Dagtekening);
    return (Verzoek.OngewijzigdeProducten?.OngewijzigdProduct ?? []).flatMap((p, i) => {
      const problem = actueelProblem(state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.ToewijzingNummer), { gemeente, aanbieder, bsn: Bsn, peildatum });
      if (!problem) return [];
      return [
        {
          rule: 'TR350',
          retourcode: '9350',
          path: `/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[${i + 1}]`,
          message: `OngewijzigdProduct ToewijzingNummer ${p.ToewijzingNummer} is not an actuele toewijzing of this client: ${problem} Refer only to actuele toewijzingen; ask for anything else as NieuwProduct.`,
        },
      ];
    });
  },
};
