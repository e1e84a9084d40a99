import type { Rule } from '../rule';
import { duplicates, finding, keyValue, prestatiesOf, shortPath } from './support/restricties';

/**
 * TR416: Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden
 * voor dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als
 * er niet al een Prestatie met waarde Debet is (within the 323; retourcode 0001). The second
 * and later debet prestaties for the same ToewijzingNummer, product and period are reported;
 * credits do not count.
 */
export const TR416: Rule = {
  code: 'TR416',
  retourcode: '0001',
  level: 'xslt',
  definition:
    'Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden voor dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al een Prestatie met waarde Debet is.',
  appliesTo: ['WMO323'],
  check(message) {
    const debets = prestatiesOf(message)
      .filter(({ prestatie }) => prestatie.IngediendBedrag.DebetCredit.trim() === 'D')
      .map(({ prestatie: p, path }) => ({
        path,
        key: [keyValue(p.ToewijzingNummer), p.ProductCategorie.trim(), p.ProductCode.trim(), p.ProductPeriode.Begindatum.trim(), p.ProductPeriode.Einddatum.trim()].join('\u0000'),
        shown: `ToewijzingNummer ${p.ToewijzingNummer.trim()}, product ${p.ProductCode.trim()} (categorie ${p.ProductCategorie.trim()}), ${p.ProductPeriode.Begindatum.trim()} to ${p.ProductPeriode.Einddatum.trim()}`,
      }));
    return duplicates(debets).map(({ item, first }) =>
      finding(
        'TR416',
        item.path,
        `${shortPath(item.path)} is a second debet for ${item.shown}, which ${shortPath(first.path)} already declares (TR416); declare a toewijzing, product and period once: put the whole amount in one prestatie, or credit the earlier one first.`,
      ),
    );
  },
};
