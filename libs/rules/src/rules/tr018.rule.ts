import type { Rule } from '../rule';
import { each, finding, isRealDate } from './support/restricties';

/** TR018: Einddatum moet groter dan of gelijk zijn aan Begindatum (StopProduct of a 307; retourcode 0001). */
export const TR018: Rule = {
  code: 'TR018',
  retourcode: '0001',
  level: 'xslt',
  definition: 'Einddatum moet groter dan of gelijk zijn aan Begindatum.',
  appliesTo: ['WMO307'],
  check(message) {
    if (message.code !== 'WMO307') return [];
    return each(message.bericht.Client.StopProducten.StopProduct, '/Bericht/Client/StopProducten', 'StopProduct').flatMap(({ item, path }) => {
      const [begin, end] = [item.Begindatum.trim(), item.Einddatum.trim()];
      if (!isRealDate(begin) || !isRealDate(end) || end >= begin) return [];
      return [
        finding(
          'TR018',
          path,
          `StopProduct Einddatum ${end} lies before its Begindatum ${begin} (TR018); the delivery cannot end before it started: correct the Einddatum, or the Begindatum to the one of the start (305).`,
        ),
      ];
    });
  },
};
