import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS048: Vullen met een versienummer bestaande uit drie gehele getallen, gescheiden met punten. (XsdVersie, XsltVersie and the retour XsdVersie (LDT_Versie); retourcode 0001). */
export const RS048: Rule = restrictie({
  ...standard('RS048'),
  appliesTo: ['WMO301', 'WMO302', 'WMO305', 'WMO306', 'WMO307', 'WMO308', 'WMO315', 'WMO316', 'WMO317', 'WMO318', 'WMO319', 'WMO320', 'WMO323', 'WMO325'],
  types: ['LDT_Versie'],
  violation: (value) => (/^[0-9]+\.[0-9]+\.[0-9]+$/.test(value) ? null : [text('RS048.not-a-version'), text('RS048.fix')]),
});
