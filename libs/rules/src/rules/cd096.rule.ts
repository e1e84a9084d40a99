import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { endPhrase, endsAfter2020OrOpen, filled, finding, omvangText, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD096: Indien Code in NieuwProduct leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan leeg laten (Omvang of the NieuwProduct; 0001). */
export const CD096: Rule = {
  ...standard('CD096'),
  appliesTo: ['WMO317'],
  check(message) {
    return productClasses(message, ['NieuwProduct'])
      .filter((p) => !filled(p.product?.Code) && endsAfter2020OrOpen(p.einddatum) && p.omvang !== undefined)
      .map((p) =>
        finding('CD096', p.path, text('CD.aspecific-with-omvang', { kind: p.kind, end: endPhrase(p), omvang: omvangText(p.omvang!), code: 'CD096' })),
      );
  },
};
