import { text } from '@lib/i18n';
import { named, toewijzingPeriode, toewijzingRule } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR308: Einddatum in ProductPeriode in Prestatie moet kleiner dan of gelijk zijn aan Einddatum in ToegewezenProduct, indien die gevuld is (9308). */
export const TR308 = toewijzingRule(
  {
    ...standard('TR308'),
  },
  (p, toewijzing) =>
    toewijzing.einddatum !== null && p.periode.einddatum > toewijzing.einddatum
      ? text('TR308.after-toewijzing', {
          prestatie: named(p),
          end: p.periode.einddatum,
          toewijzing: p.toewijzingNummer,
          periode: toewijzingPeriode(toewijzing),
          einddatum: toewijzing.einddatum,
        })
      : undefined,
);
