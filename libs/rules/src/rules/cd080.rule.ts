import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { endPhrase, endsAfter2020OrOpen, filled, finding, omvangText, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD080: Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan 31-12-2020 of leeg is, dan leeg laten (Omvang of the ToegewezenProduct; 0001). */
export const CD080: Rule = {
  ...standard('CD080'),
  appliesTo: ['WMO301'],
  check(message) {
    return productClasses(message, ['ToegewezenProduct'])
      .filter((p) => !filled(p.product?.Code) && endsAfter2020OrOpen(p.einddatum) && p.omvang !== undefined)
      .map((p) =>
        finding('CD080', p.path, text('CD.aspecific-with-omvang', { kind: p.kind, end: endPhrase(p), omvang: omvangText(p.omvang!), code: 'CD080' })),
      );
  },
};
