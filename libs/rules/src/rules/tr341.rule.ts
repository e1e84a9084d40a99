import { code, eenheidName, named, toewijzingRule, unitsPer } from './declaratie.support';

/** TR341: Eenheid in Prestatie moet passen bij Eenheid in het ToegewezenProduct (9341; the same Eenheid, or minuten on a toewijzing in uren). */
export const TR341 = toewijzingRule(
  {
    code: 'TR341',
    retourcode: '9341',
    level: 'berichtoverstijgend',
    definition: 'Eenheid in Prestatie moet passen bij Eenheid in het ToegewezenProduct.',
  },
  (p, toewijzing) => {
    // Without an Omvang (aspecifiek, generiek, budget) the Eenheid follows the contract, not the toewijzing.
    if (!toewijzing.omvang) return undefined;
    const eenheid = code(p.prestatie.Eenheid);
    const toegewezen = toewijzing.omvang.eenheid;
    if (unitsPer(eenheid, toegewezen) !== undefined) return undefined;
    const minutes = toegewezen === '04' ? ' (or 01 minuten)' : '';
    return `${named(p)} is declared in Eenheid ${eenheid} (${eenheidName(eenheid)}), but toewijzing ${p.toewijzingNummer} is in Eenheid ${toegewezen} (${eenheidName(toegewezen)}); declare in Eenheid ${toegewezen}${minutes}.`;
  },
);
