import type { Rule } from '../rule';
import { maxLength, restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS009: Maximale lengte 2 posities (two-position codes (ProductCategorie, Eenheid, RedenWijziging, RedenBeeindiging, AdresSoort, LandCode, SoortRelatie, JuridischeStatus, WettelijkeVertegenwoordiging, AanduidingWoonadres, TypeVerwijzer, RedenAfwijzingVerzoek); retourcode 0001). */
export const RS009: Rule = restrictie({
  ...standard('RS009'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_JuridischeStatus', 'LDT_WettelijkeVertegenwoordiging', 'LDT_AdresSoort', 'LDT_AanduidingWoonadres', 'LDT_LandCode', 'LDT_SoortRelatie', 'LDT_ProductCategorie', 'LDT_RedenWijziging', 'LDT_Eenheid', 'LDT_RedenBeeindiging', 'LDT_TypeVerwijzer', 'LDT_RedenAfwijzingVerzoek'],
  violation: maxLength(2),
});
