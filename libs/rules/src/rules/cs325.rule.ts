import { text, type Text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding, integer, prestaties } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

interface Bedrag {
  path: string;
  /** the amount's element, or a phrase naming the Prestatie it belongs to */
  what: string | Text;
  bedrag: string;
  debetCredit: string;
}

/** CS325: Indien (Totaal)Bedrag de waarde 0 heeft, dan DebetCredit vullen met D (Debet) (0001). */
export const CS325: Rule = {
  ...standard('CS325'),
  appliesTo: ['WMO323', 'WMO325'],
  check(message) {
    const bedragen: Bedrag[] = [];
    if (message.code === 'WMO323') {
      const t = message.bericht.Declaratie.TotaalIngediendBedrag;
      bedragen.push({ path: '/Bericht/Declaratie', what: 'TotaalIngediendBedrag', bedrag: t.TotaalBedrag, debetCredit: t.DebetCredit });
    }
    if (message.code === 'WMO325' && message.bericht.DeclaratieAntwoord) {
      const { TotaalIngediendBedrag: i, TotaalToegekendBedrag: t } = message.bericht.DeclaratieAntwoord;
      bedragen.push({ path: '/Bericht/DeclaratieAntwoord', what: 'TotaalIngediendBedrag', bedrag: i.TotaalBedrag, debetCredit: i.DebetCredit });
      bedragen.push({ path: '/Bericht/DeclaratieAntwoord', what: 'TotaalToegekendBedrag', bedrag: t.TotaalBedrag, debetCredit: t.DebetCredit });
    }
    for (const { prestatie: p, path } of prestaties(message)) {
      bedragen.push({ path, what: text('CS325.prestatie-bedrag', { referentie: p.ProductReferentie.ReferentieNummer }), bedrag: p.IngediendBedrag.Bedrag, debetCredit: p.IngediendBedrag.DebetCredit });
    }
    return bedragen
      .filter((b) => integer(b.bedrag) === 0 && b.debetCredit !== 'D')
      .map((b) => finding('CS325', b.path, text('CS325.zero-not-debet', { what: b.what, debetCredit: b.debetCredit })));
  },
};
