import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { duplicates, finding, keyValue, periodLabel, prestatiesOf, productLabel, shortPath } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR416: Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden
 * voor dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als
 * er niet al een Prestatie met waarde Debet is (within the 323; retourcode 0001). The second
 * and later debet prestaties for the same ToewijzingNummer, product and period are reported;
 * credits do not count.
 */
export const TR416: Rule = {
  ...standard('TR416'),
  appliesTo: ['WMO323'],
  check(message) {
    const debets = prestatiesOf(message)
      .filter(({ prestatie }) => prestatie.IngediendBedrag.DebetCredit.trim() === 'D')
      .map(({ prestatie: p, path }) => ({
        path,
        key: [keyValue(p.ToewijzingNummer), p.ProductCategorie.trim(), p.ProductCode.trim(), p.ProductPeriode.Begindatum.trim(), p.ProductPeriode.Einddatum.trim()].join('\u0000'),
        shown: text('TR416.declared', {
          toewijzingNummer: p.ToewijzingNummer.trim(),
          product: productLabel({ code: p.ProductCode, categorie: p.ProductCategorie }),
          period: periodLabel({ begin: p.ProductPeriode.Begindatum, end: p.ProductPeriode.Einddatum }),
        }),
      }));
    return duplicates(debets).map(({ item, first }) =>
      finding(
        'TR416',
        item.path,
        text('TR416.second-debet', { path: shortPath(item.path), declared: item.shown, first: shortPath(first.path) }),
      ),
    );
  },
};
