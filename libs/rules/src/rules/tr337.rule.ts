import { text } from '@lib/i18n';
import { NO_RETOURCODE, type Rule } from '../rule';
import { bindingOf, describeHeen, heenberichtOf } from './retour.support';
import { standard } from '../catalogue/standard-rules';

/** TR337: De DeclaratieIdentificatie dient overeen te komen met de BerichtIdentificatie van een eerder ontvangen Declaratiebericht (n.v.t.: refused, no retourbericht). */
export const TR337: Rule = {
  ...standard('TR337'),
  appliesTo: ['WMO325'],
  check(message, context) {
    if (message.code !== 'WMO325' || heenberichtOf(message, context)) return [];
    const binding = bindingOf(message)!;
    return [
      {
        rule: 'TR337',
        retourcode: NO_RETOURCODE,
        path: '/Bericht/Header/DeclaratieIdentificatie',
        text: text('TR337.not-received', { heenbericht: describeHeen(binding.key), answeredBy: binding.answeredBy }),
      },
    ];
  },
};
