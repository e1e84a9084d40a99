import { text } from '@lib/i18n';
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
    return text('TR338.no-toewijzing', { prestatie: named(p), gemeente, aanbieder, toewijzing: p.toewijzingNummer });
  },
);
