import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD076: Verplicht vullen indien Frequentie waarde 2 (per week) (Einddatum or ToewijzingEinddatum of the product; 0001). */
export const CD076: Rule = {
  ...standard('CD076'),
  appliesTo: ['WMO301', 'WMO315', 'WMO317'],
  check(message) {
    return productClasses(message)
      .filter((p) => p.omvang?.Frequentie === '2' && !filled(p.einddatum))
      .map((p) => finding('CD076', p.path, text('CD076.einddatum-missing', { kind: p.kind, einddatumName: p.einddatumName })));
  },
};
