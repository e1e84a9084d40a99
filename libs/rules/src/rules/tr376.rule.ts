import { text } from '@lib/i18n';
import { NO_RETOURCODE, type Rule } from '../rule';
import { answeredDeclaratieOf, code } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR376 (the standard spells its text "THet ..."; kept verbatim): Het DeclaratieNummer dient overeen te komen met het DeclaratieNummer van een eerder ontvangen Declaratie (n.v.t.). */
export const TR376: Rule = {
  ...standard('TR376'),
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
