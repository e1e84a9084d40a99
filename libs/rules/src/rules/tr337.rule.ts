import { NO_RETOURCODE, type Rule } from '../rule';
import { bindingOf, describeHeen, heenberichtOf } from './retour.support';

/** TR337: De DeclaratieIdentificatie dient overeen te komen met de BerichtIdentificatie van een eerder ontvangen Declaratiebericht (n.v.t.: refused, no retourbericht). */
export const TR337: Rule = {
  code: 'TR337',
  retourcode: NO_RETOURCODE,
  level: 'berichtoverstijgend',
  definition: 'De DeclaratieIdentificatie dient overeen te komen met de BerichtIdentificatie van een eerder ontvangen Declaratiebericht.',
  appliesTo: ['WMO325'],
  check(message, context) {
    if (message.code !== 'WMO325' || heenberichtOf(message, context)) return [];
    const binding = bindingOf(message)!;
    return [
      {
        rule: 'TR337',
        retourcode: NO_RETOURCODE,
        path: '/Bericht/Header/DeclaratieIdentificatie',
        message: `DeclaratieIdentificatie names ${describeHeen(binding.key)}, but gemeente ${binding.answeredBy} received no such declaratie through the gateway; copy Identificatie and Dagtekening from the header of the declaratie you answer.`,
      },
    ];
  },
};
