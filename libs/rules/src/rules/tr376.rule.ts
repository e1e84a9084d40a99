import { text } from '@lib/i18n';
import { NO_RETOURCODE, type Rule } from '../rule';
import { answeredDeclaratieOf, code } from './declaratie.support';

/** TR376 (the standard spells its text "THet ..."; kept verbatim): Het DeclaratieNummer dient overeen te komen met het DeclaratieNummer van een eerder ontvangen Declaratie (n.v.t.). */
export const TR376: Rule = {
  code: 'TR376',
  retourcode: NO_RETOURCODE,
  level: 'berichtoverstijgend',
  definition: 'THet DeclaratieNummer dient overeen te komen met het DeclaratieNummer van een eerder ontvangen Declaratie.',
  appliesTo: ['WMO325'],
  check(message, context) {
    if (message.code !== 'WMO325' || !message.bericht.DeclaratieAntwoord) return [];
    const answered = answeredDeclaratieOf(message, context).answered;
    if (!answered) return []; // TR337
    const nummer = code(message.bericht.DeclaratieAntwoord.DeclaratieNummer);
    if (nummer === answered.declaratie.declaratieNummer) return [];
    return [
      {
        rule: 'TR376',
        retourcode: NO_RETOURCODE,
        path: '/Bericht/DeclaratieAntwoord/DeclaratieNummer',
        text: text('TR376.other-nummer', { nummer, answered: answered.declaratie.declaratieNummer }),
      },
    ];
  },
};
