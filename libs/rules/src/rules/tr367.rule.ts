import { text, type Text } from '@lib/i18n';
import type { Wmo325Prestatie } from '@lib/iwmo';
import type { Finding, Rule } from '../rule';
import { canonicalToewijzingNummer, type PrestatieState } from '../state/declaratie-state';
import { antwoordPrestatiesOf, answeredDeclaratieOf, code, day, int, joined } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/**
 * TR367: Waarde moet overeenkomen met waarde uit het declaratiebericht dat gerelateerd is op basis van ProductReferentie
 * (9367; every element of a returned Prestatie but its RetourCodes, compared with the prestatie in the 323; the Bsn is TR304's).
 */
export const TR367: Rule = {
  ...standard('TR367'),
  appliesTo: ['WMO325'],
  check(message, context) {
    if (message.code !== 'WMO325') return [];
    const { answered } = answeredDeclaratieOf(message, context);
    if (!answered) return [];
    const findings: Finding[] = [];
    for (const p of antwoordPrestatiesOf(message)) {
      const declared = answered.prestatie(p.referentieNummer);
      if (!declared) continue;
      const differences = differencesOf(p.prestatie, declared);
      if (differences.length === 0) continue;
      findings.push({
        rule: 'TR367',
        retourcode: '9367',
        path: p.path,
        text: text('TR367.differs', { referentie: p.referentieNummer, declaratieNummer: answered.declaratie.declaratieNummer, differences: joined(differences, '; ') }),
      });
    }
    return findings;
  },
};

function differencesOf(returned: Wmo325Prestatie, declared: PrestatieState): Text[] {
  const optionalInt = (value: string | undefined) => (value === undefined ? null : int(value));
  const vorig = returned.ProductReferentie.VorigReferentieNummer;
  const pairs: Array<[string, string | number | null, string | number | null]> = [
    ['VorigReferentieNummer', vorig === undefined ? null : code(vorig), declared.vorigReferentieNummer],
    ['ToewijzingNummer', canonicalToewijzingNummer(returned.ToewijzingNummer), declared.toewijzingNummer],
    ['ProductCategorie', code(returned.ProductCategorie), declared.productCategorie],
    ['ProductCode', code(returned.ProductCode), declared.productCode],
    ['ProductPeriode Begindatum', day(returned.ProductPeriode.Begindatum), declared.productPeriode.begindatum],
    ['ProductPeriode Einddatum', day(returned.ProductPeriode.Einddatum), declared.productPeriode.einddatum],
    ['GeleverdVolume', int(returned.GeleverdVolume), declared.geleverdVolume],
    ['Eenheid', code(returned.Eenheid), declared.eenheid],
    ['ProductTarief', optionalInt(returned.ProductTarief), declared.productTarief],
    ['IngediendBedrag Bedrag', int(returned.IngediendBedrag.Bedrag), declared.bedrag],
    ['IngediendBedrag DebetCredit', code(returned.IngediendBedrag.DebetCredit), declared.debetCredit],
  ];
  const shown = (v: string | number | null) => (v === null ? text('within.empty') : String(v));
  return pairs.filter(([, mine, theirs]) => mine !== theirs).map(([name, mine, theirs]) => text('TR367.difference', { name, mine: shown(mine), theirs: shown(theirs) }));
}
