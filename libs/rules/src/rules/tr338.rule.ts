import { named, partiesOf, prestatieRule, toegewezenProductOf } from './declaratie.support';

/** TR338: De Prestatie is gerelateerd aan een ToegewezenProduct op basis van het Toewijzingnummer (9338). */
export const TR338 = prestatieRule(
  {
    code: 'TR338',
    retourcode: '9338',
    level: 'berichtoverstijgend',
    definition: 'De Prestatie is gerelateerd aan een ToegewezenProduct op basis van het Toewijzingnummer.',
  },
  (p, message, context) => {
    if (toegewezenProductOf(p, message, context)) return undefined;
    const { gemeente, aanbieder } = partiesOf(message);
    return `${named(p)}: gemeente ${gemeente} has not sent aanbieder ${aanbieder} a toewijzing with ToewijzingNummer ${p.toewijzingNummer}; use the ToewijzingNummer from the toewijzing (WMO301) the prestatie was delivered under.`;
  },
);
