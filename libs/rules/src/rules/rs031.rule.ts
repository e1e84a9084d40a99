import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { restrictie } from './support/restricties';

/** RS031: Commentaarvelden niet leeg. (Commentaar; retourcode 0001). */
export const RS031: Rule = restrictie({
  code: 'RS031',
  definition: 'Commentaarvelden niet leeg.',
  appliesTo: ['WMO301', 'WMO315'],
  types: ['LDT_Commentaar'],
  violation: (value) => (/\S/.test(value) ? null : [text('RS031.empty'), text('RS031.fix')]),
});
