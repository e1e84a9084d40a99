import { text } from '@lib/i18n';
import { code, eenheidName, int, maxVolumeInPeriode, named, omvangLabel, omvangOf, toewijzingRule, unitsPer } from './declaratie.support';
import { periodLabel } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR321: Indien in het ToegewezenProduct een Omvang is meegegeven, moet GeleverdVolume in de Prestatie passen binnen
 * Volume in het ToegewezenProduct (9321; per Frequentie and ProductPeriode as IV077 computes it; debet prestaties,
 * since a credit takes volume back).
 */
export const TR321 = toewijzingRule(
  {
    ...standard('TR321'),
  },
  (p, toewijzing) => {
    const omvang = omvangOf(toewijzing);
    if (!p.debet || !omvang) return undefined;
    const eenheid = code(p.prestatie.Eenheid);
    const per = unitsPer(eenheid, omvang.eenheid);
    const max = maxVolumeInPeriode(toewijzing, omvang, p.periode);
    if (per === undefined || max === undefined) return undefined;
    const volume = int(p.prestatie.GeleverdVolume);
    if (volume <= max * per) return undefined;
    return text('TR321.above-omvang', {
      prestatie: named(p),
      volume,
      eenheid: eenheidName(eenheid),
      periode: periodLabel({ begin: p.periode.begindatum, end: p.periode.einddatum }),
      toewijzing: p.toewijzingNummer,
      omvang: omvangLabel(omvang),
      max: max * per,
    });
  },
);
