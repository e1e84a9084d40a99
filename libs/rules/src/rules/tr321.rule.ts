import { code, eenheidName, FREQUENTIE, int, maxVolumeInPeriode, named, omvangOf, toewijzingRule, unitsPer } from './declaratie.support';

/**
 * TR321: Indien in het ToegewezenProduct een Omvang is meegegeven, moet GeleverdVolume in de Prestatie passen binnen
 * Volume in het ToegewezenProduct (9321; per Frequentie and ProductPeriode as IV077 computes it; debet prestaties,
 * since a credit takes volume back).
 */
export const TR321 = toewijzingRule(
  {
    code: 'TR321',
    retourcode: '9321',
    level: 'berichtoverstijgend',
    definition: 'Indien in het ToegewezenProduct een Omvang is meegegeven, moet GeleverdVolume in de Prestatie passen binnen Volume in het ToegewezenProduct.',
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
    return `${named(p)} declares ${volume} ${eenheidName(eenheid)} for ${p.periode.begindatum} to ${p.periode.einddatum}; toewijzing ${p.toewijzingNummer} (Omvang ${omvang.volume} ${eenheidName(omvang.eenheid)} ${FREQUENTIE[omvang.frequentie] ?? ''}) allows at most ${max * per} ${eenheidName(eenheid)} in that period. Declare no more than that, or ask the gemeente for a larger toewijzing (verzoek om wijziging).`;
  },
);
