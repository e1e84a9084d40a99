import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS046: Aaneengesloten vullen met cijfers. (Telefoonnummer; retourcode 0001). */
export const RS046: Rule = restrictie({
  ...standard('RS046'),
  appliesTo: ['WMO301'],
  types: ['LDT_Telefoonnummer'],
  violation: (value) => (/^[0-9]*$/.test(value) ? null : [text('RS046.not-digits'), text('RS046.fix')]),
});
