import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { code, named, partiesOf, prestatiesOf } from './declaratie.support';
import { periodLabel } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR389: Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden voor dezelfde
 * ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al eerder een debetprestatie
 * is verzonden (9389). An earlier debet no longer counts once credited (earlier, or in this message when that credit can
 * be accepted, i.e. the debet is toegekend) or when the gemeente rejected it. Two debets within one message are TR416.
 */
export const TR389: Rule = {
  ...standard('TR389'),
  appliesTo: ['WMO323'],
  check(message, { state }) {
    if (message.code !== 'WMO323') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const prestaties = prestatiesOf(message);
    const creditedHere = new Set(prestaties.flatMap((c) => (!c.debet && c.vorigReferentieNummer !== null ? [c.vorigReferentieNummer] : [])));
    const findings: Finding[] = [];
    for (const p of prestaties) {
      if (!p.debet) continue;
      const key = { toewijzingNummer: p.toewijzingNummer, productCategorie: code(p.prestatie.ProductCategorie), productCode: code(p.prestatie.ProductCode), productPeriode: p.periode };
      const open = state.declaraties.openDebets(gemeente, aanbieder, key).find((d) => !(creditedHere.has(d.referentieNummer) && d.status === 'toegekend'));
      if (!open) continue;
      const params = {
        prestatie: named(p),
        periode: periodLabel({ begin: p.periode.begindatum, end: p.periode.einddatum }),
        categorie: key.productCategorie,
        code: key.productCode,
        referentie: open.referentieNummer,
        declaratieNummer: open.declaratieNummer,
      };
      findings.push({ rule: 'TR389', retourcode: '9389', path: p.path, text: text(open.status === 'ingediend' ? 'TR389.awaiting-antwoord' : 'TR389.approved', params) });
    }
    return findings;
  },
};
