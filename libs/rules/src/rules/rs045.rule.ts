import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS045: Aaneengesloten vullen (zonder punten of spaties). (Voorletters; retourcode 0001). */
export const RS045: Rule = restrictie({
  ...standard('RS045'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315'],
  types: ['LDT_Voorletters'],
  violation: (value) => (/^[^.\s]*$/.test(value) ? null : [text('RS045.not-aaneengesloten'), text('RS045.fix')]),
});
