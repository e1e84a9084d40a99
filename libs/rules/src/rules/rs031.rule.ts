import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS031: Commentaarvelden niet leeg. (Commentaar; retourcode 0001). */
export const RS031: Rule = restrictie({
  ...standard('RS031'),
  appliesTo: ['WMO301', 'WMO315'],
  types: ['LDT_Commentaar'],
  violation: (value) => (/\S/.test(value) ? null : [text('RS031.empty'), text('RS031.fix')]),
});
