import { named, toewijzingPeriode, toewijzingRule } from './declaratie.support';

/** TR307: Begindatum in ProductPeriode in Prestatie moet groter dan of gelijk zijn aan Ingangsdatum in ToegewezenProduct (9307). */
export const TR307 = toewijzingRule(
  {
    code: 'TR307',
    retourcode: '9307',
    level: 'berichtoverstijgend',
    definition: 'Begindatum in ProductPeriode in Prestatie moet groter dan of gelijk zijn aan Ingangsdatum in ToegewezenProduct.',
  },
  (p, toewijzing) =>
    p.periode.begindatum < toewijzing.ingangsdatum
      ? `${named(p)} starts on ${p.periode.begindatum}, before toewijzing ${p.toewijzingNummer} starts (it runs ${toewijzingPeriode(toewijzing)}); start the ProductPeriode on ${toewijzing.ingangsdatum} or later.`
      : undefined,
);
