import type { Rule } from '../rule';
import { endsAfter2020OrOpen, finding, frequentieText, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

const EENHEDEN = ['14', '16', '83', '84'];
const FREQUENTIES = ['2', '4', '6'];

/** CS343: Indien eenheid de waarde 14, 16, 83 of 84 heeft en ToewijzingEinddatum is groter dan 31-12-2020 of leeg, dan Frequentie vullen met waarde 2, 4 of 6 (Omvang of the AangevraagdProduct; 0001). */
export const CS343: Rule = {
  ...standard('CS343'),
  appliesTo: ['WMO315'],
  check(message) {
    return productClasses(message, ['AangevraagdProduct'])
      .filter((p) => p.omvang !== undefined && EENHEDEN.includes(p.omvang.Eenheid) && endsAfter2020OrOpen(p.einddatum) && !FREQUENTIES.includes(p.omvang.Frequentie))
      .map((p) => finding('CS343', p.path, frequentieText(p, 'CS343')));
  },
};
