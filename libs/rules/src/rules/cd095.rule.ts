import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { endPhrase, endsAfter2020OrOpen, filled, finding, omvangText, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD095: Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het AangevraagdProduct groter dan 31-12-2020 of leeg is, dan leeg laten (Omvang of the AangevraagdProduct; 0001). */
export const CD095: Rule = {
  ...standard('CD095'),
  appliesTo: ['WMO315'],
  check(message) {
    return productClasses(message, ['AangevraagdProduct'])
      .filter((p) => !filled(p.product?.Code) && endsAfter2020OrOpen(p.einddatum) && p.omvang !== undefined)
      .map((p) =>
        finding('CD095', p.path, text('CD.aspecific-with-omvang', { kind: p.kind, end: endPhrase(p), omvang: omvangText(p.omvang!), code: 'CD095' })),
      );
  },
};
