import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { dagtekeningOf, each, finding, isRealDate, shortPath } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR380: Vullen met een datum die groter is dan de dagtekening van het bericht (317;
 * retourcode 0001). Attached to the Einddatum of a TeWijzigenProduct: a verzoek om wijziging
 * changes the future, so it cannot end a toewijzing on or before the day it is sent (the
 * GewensteIngangsdatum may lie in the past, see the standard's FAQ on the VOW).
 */
export const TR380: Rule = {
  ...standard('TR380'),
  appliesTo: ['WMO317'],
  check(message) {
    if (message.code !== 'WMO317') return [];
    const dagtekening = dagtekeningOf(message);
    if (!isRealDate(dagtekening)) return [];
    return each(message.bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct, '/Bericht/Client/Verzoek/TeWijzigenProducten', 'TeWijzigenProduct').flatMap(
      ({ item, path }) => {
        const end = item.Einddatum?.trim();
        if (end === undefined || !isRealDate(end) || end > dagtekening) return [];
        return [finding('TR380', path, text('TR380.not-after-dagtekening', { path: shortPath(path), end, dagtekening }))];
      },
    );
  },
};
