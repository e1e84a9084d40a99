import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding, indexed } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CS058: 1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen (StatusAanlevering of StartProduct and StopProduct; 0001). */
export const CS058: Rule = {
  ...standard('CS058'),
  appliesTo: ['WMO305', 'WMO307'],
  check(message) {
    const products =
      message.code === 'WMO305'
        ? indexed(message.bericht.Client.StartProducten.StartProduct, '/Bericht/Client/StartProducten', 'StartProduct').map((p) => ({ ...p, kind: 'StartProduct' }))
        : message.code === 'WMO307'
          ? indexed(message.bericht.Client.StopProducten.StopProduct, '/Bericht/Client/StopProducten', 'StopProduct').map((p) => ({ ...p, kind: 'StopProduct' }))
          : [];
    return products
      .filter(({ item }) => item.StatusAanlevering !== '1' && item.StatusAanlevering !== '3')
      .map(({ item, path, kind }) => finding('CS058', path, text('CS058.status', { kind, status: item.StatusAanlevering })));
  },
};
