import type { Rule } from '../rule';
import { endsAfter2020OrOpen, finding, frequentieText, productClasses } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

const EENHEDEN = ['14', '16', '83', '84'];
const FREQUENTIES = ['2', '4', '6'];

/** CS338: Indien eenheid de waarde 14, 16, 83 of 84 heeft en Einddatum groter dan 31-12-2020 of leeg is, dan Frequentie vullen met de waarde 2 , 4 of 6 (Omvang of the ToegewezenProduct, TeWijzigenProduct or NieuwProduct; 0001). */
export const CS338: Rule = {
  ...standard('CS338'),
  appliesTo: ['WMO301', 'WMO317'],
  check(message) {
    return productClasses(message, ['ToegewezenProduct', 'TeWijzigenProduct', 'NieuwProduct'])
      .filter((p) => p.omvang !== undefined && EENHEDEN.includes(p.omvang.Eenheid) && endsAfter2020OrOpen(p.einddatum) && !FREQUENTIES.includes(p.omvang.Frequentie))
      .map((p) => finding('CS338', p.path, frequentieText(p, 'CS338')));
  },
};
