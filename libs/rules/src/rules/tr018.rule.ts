import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { each, finding, isRealDate } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** TR018: Einddatum moet groter dan of gelijk zijn aan Begindatum (StopProduct of a 307; retourcode 0001). */
export const TR018: Rule = {
  ...standard('TR018'),
  appliesTo: ['WMO307'],
  check(message) {
    if (message.code !== 'WMO307') return [];
    return each(message.bericht.Client.StopProducten.StopProduct, '/Bericht/Client/StopProducten', 'StopProduct').flatMap(({ item, path }) => {
      const [begin, end] = [item.Begindatum.trim(), item.Einddatum.trim()];
      if (!isRealDate(begin) || !isRealDate(end) || end >= begin) return [];
      return [finding('TR018', path, text('TR018.end-before-begin', { end, begin }))];
    });
  },
};
