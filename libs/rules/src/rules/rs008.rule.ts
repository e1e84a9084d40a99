import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS008: Maximale lengte 1 positie (one-position codes (Geslacht, DatumGebruik, NaamGebruik, Communicatievorm, Huisletter, Frequentie, StatusAanlevering, JaNee, RedenVerzoek, VerzoekAntwoord, DebetCredit); retourcode 0001). */
export const RS008: Rule = restrictie({
  ...standard('RS008'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_DatumGebruik', 'LDT_Geslacht', 'LDT_NaamGebruik', 'LDT_Communicatievorm', 'LDT_Huisletter', 'LDT_Frequentie', 'LDT_StatusAanlevering', 'LDT_JaNee', 'LDT_RedenVerzoek', 'LDT_VerzoekAntwoord', 'LDT_DebetCredit'],
  violation: maxLength(1),
});
