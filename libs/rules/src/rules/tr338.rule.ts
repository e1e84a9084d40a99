import { text } from '@lib/i18n';
import { named, partiesOf, prestatieRule, toegewezenProductOf } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR338: De Prestatie is gerelateerd aan een ToegewezenProduct op basis van het Toewijzingnummer (9338). */
export const TR338 = prestatieRule(
  {
    ...standard('TR338'),
  },
  (p, message, context) => {
    if (toegewezenProductOf(p, message, context)) return undefined;
    const { gemeente, aanbieder } = partiesOf(message);
    return text('TR338.no-toewijzing', { prestatie: named(p), gemeente, aanbieder, toewijzing: p.toewijzingNummer });
  },
);
