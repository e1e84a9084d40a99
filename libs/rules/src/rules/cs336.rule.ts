import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding, indexed } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CS336: 01 (Administratieve correctie (vervallen)) niet gebruiken (RedenWijziging; 0001). */
export const CS336: Rule = {
  ...standard('CS336'),
  appliesTo: ['WMO301'],
  check(message) {
    if (message.code !== 'WMO301') return [];
    return indexed(message.bericht.Client.ToegewezenProducten.ToegewezenProduct, '/Bericht/Client/ToegewezenProducten', 'ToegewezenProduct')
      .filter(({ item }) => item.RedenWijziging === '01')
      .map(({ path }) => finding('CS336', path, text('CS336.vervallen')));
  },
};
