import { text } from '@lib/i18n';
import { MESSAGE_TYPES } from '@lib/iwmo';
import type { Rule } from '../rule';
import { restrictie } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RS047: Vullen met BerichtCode volgens de specificatie (BerichtCode: 414 for WMO301, 418 for WMO305, 420 for WMO307, 444 for WMO315, 480 for WMO317, 482 for WMO319, 484 for WMO323, 485 for WMO325; retourcode 0001). */
export const RS047: Rule = restrictie({
  ...standard('RS047'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'],
  types: ['LDT_BerichtCode'],
  violation: (value, _element, message) => {
    const expected = MESSAGE_TYPES[message.code].berichtCode;
    return value === expected ? null : [text('RS047.other-message', { code: message.code, naam: MESSAGE_TYPES[message.code].naam }), text('RS047.fix', { berichtCode: expected })];
  },
});
