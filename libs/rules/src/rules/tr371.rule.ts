import { text } from '@lib/i18n';
import { NO_RETOURCODE, type Rule } from '../rule';
import { answeredDeclaratieOf, code } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR371: Waarde moet overeenkomen met waarde van XsdVersie uit het declaratiebericht dat gerelateerd is op basis van DeclaratieIdentificatie (n.v.t.). */
export const TR371: Rule = {
  ...standard('TR371'),
  appliesTo: ['WMO325'],
  check(message, context) {
    if (message.code !== 'WMO325') return [];
    const declared = answeredDeclaratieOf(message, context).answered?.declaratie.xsdVersie;
    if (!declared) return []; // no declaratie (TR337), or one recorded before its XsdVersie was kept
    const { BasisschemaXsdVersie, BerichtXsdVersie } = message.bericht.Header.XsdVersieDeclaratie;
    if (code(BasisschemaXsdVersie) === declared.basisschema && code(BerichtXsdVersie) === declared.bericht) return [];
    return [
      {
        rule: 'TR371',
        retourcode: NO_RETOURCODE,
        path: '/Bericht/Header/XsdVersieDeclaratie',
        text: text('TR371.other-xsdversie', {
          basisschema: code(BasisschemaXsdVersie),
          bericht: code(BerichtXsdVersie),
          declaredBasisschema: declared.basisschema,
          declaredBericht: declared.bericht,
        }),
      },
    ];
  },
};
