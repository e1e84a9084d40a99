import { text } from '@lib/i18n';
import type { CDT_Geboortedatum } from '@lib/iwmo';
import type { Rule } from '../rule';
import { dagtekeningOf, elementLabel, elementsOfType, finding, isRealDate, yearsBefore } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR002: Geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij
 * Geboortedatum onbekend is (retourcode 0001). Onbekend: DatumGebruik 3 with Datum 1900-01-01.
 * Checked on every Geboortedatum (the client's and, in a 301, a Relatie's).
 */
export const TR002: Rule = {
  ...standard('TR002'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315'],
  check(message) {
    const dagtekening = dagtekeningOf(message);
    if (!isRealDate(dagtekening)) return [];
    const earliest = yearsBefore(dagtekening, 120);
    return elementsOfType(message, ['CDT_Geboortedatum']).flatMap((element) => {
      const { Datum, DatumGebruik } = element.value as CDT_Geboortedatum;
      const datum = Datum.trim();
      if (!isRealDate(datum) || datum >= earliest) return [];
      if (DatumGebruik?.trim() === '3' && datum === '1900-01-01') return [];
      return [
        finding('TR002', element.classPath, text('TR002.too-old', { element: elementLabel(element), datum, dagtekening })),
      ];
    });
  },
};
