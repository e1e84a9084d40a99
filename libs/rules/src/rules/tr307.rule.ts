import { text } from '@lib/i18n';
import { named, toewijzingPeriode, toewijzingRule } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR307: Begindatum in ProductPeriode in Prestatie moet groter dan of gelijk zijn aan Ingangsdatum in ToegewezenProduct (9307). */
export const TR307 = toewijzingRule(
  {
    ...standard('TR307'),
  },
  (p, toewijzing) =>
    p.periode.begindatum < toewijzing.ingangsdatum
      ? text('TR307.before-toewijzing', {
          prestatie: named(p),
          begin: p.periode.begindatum,
          toewijzing: p.toewijzingNummer,
          periode: toewijzingPeriode(toewijzing),
          ingangsdatum: toewijzing.ingangsdatum,
        })
      : undefined,
);
