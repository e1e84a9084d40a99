import type { Rule } from '../rule';
import { each, isRealDate, overlapFinding, overlappingProducts, type ProductPeriod } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR410: Een Product mag alleen vaker in de berichtklassen NieuwProduct voorkomen als de
 * zorgperiodes elkaar niet overlappen (retourcode 0001). Without a product code the rule holds
 * per ProductCategorie; a NieuwProduct without Categorie may overlap only products in
 * categories 11-14, which may always overlap. The period runs from GewensteIngangsdatum to
 * Einddatum (open when absent); the later of two overlapping NieuwProducten is reported.
 */
export const TR410: Rule = {
  ...standard('TR410'),
  appliesTo: ['WMO317'],
  check(message) {
    if (message.code !== 'WMO317') return [];
    const products: ProductPeriod[] = each(message.bericht.Client.Verzoek.NieuweProducten?.NieuwProduct, '/Bericht/Client/Verzoek/NieuweProducten', 'NieuwProduct')
      .filter(({ item }) => isRealDate(item.GewensteIngangsdatum) && (item.Einddatum === undefined || isRealDate(item.Einddatum)))
      .map(({ item, path }) => ({ path, categorie: item.Product?.Categorie, code: item.Product?.Code, begin: item.GewensteIngangsdatum, end: item.Einddatum }));
    return overlappingProducts(products).map(({ product, earlier }) =>
      overlapFinding('TR410', product, earlier),
    );
  },
};
