import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CS318: NaamGebruik 6 (Niet-natuurlijk persoon) niet vullen (Naam of the Client; 0001). */
export const CS318: Rule = {
  ...standard('CS318'),
  appliesTo: ['WMO301'],
  check(message) {
    // The standard places CS318 on the Naam of the Client only; a Relatie may be an organisation.
    if (message.code !== 'WMO301' || message.bericht.Client.Naam.NaamGebruik !== '6') return [];
    return [finding('CS318', '/Bericht/Client', text('CS318.niet-natuurlijk-persoon'))];
  },
};
