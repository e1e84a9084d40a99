import { text } from '@lib/i18n';
import { code, eenheidName, named, toewijzingRule, unitsPer } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR341: Eenheid in Prestatie moet passen bij Eenheid in het ToegewezenProduct (9341; the same Eenheid, or minuten on a toewijzing in uren). */
export const TR341 = toewijzingRule(
  {
    ...standard('TR341'),
  },
  (p, toewijzing) => {
    // Without an Omvang (aspecifiek, generiek, budget) the Eenheid follows the contract, not the toewijzing.
    if (!toewijzing.omvang) return undefined;
    const eenheid = code(p.prestatie.Eenheid);
    const toegewezen = toewijzing.omvang.eenheid;
    if (unitsPer(eenheid, toegewezen) !== undefined) return undefined;
    return text('TR341.other-eenheid', {
      prestatie: named(p),
      eenheid,
      eenheidName: eenheidName(eenheid),
      toewijzing: p.toewijzingNummer,
      toegewezen,
      toegewezenName: eenheidName(toegewezen),
      orMinuten: toegewezen === '04' ? text('TR341.or-minuten') : '',
    });
  },
);
