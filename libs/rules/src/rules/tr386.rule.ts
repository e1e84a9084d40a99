import type { Rule } from '../rule';
import { each, isRealDate, overlapFinding, overlappingProducts, type ProductPeriod } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR386: Een Product mag alleen vaker in een verzoek om toewijzing voorkomen indien de
 * zorgperiodes elkaar niet overlappen (retourcode 0001). Without a product code the rule holds
 * per ProductCategorie; an AangevraagdProduct without Categorie may overlap only products in
 * categories 11-14, which may always overlap. The period runs from ToewijzingIngangsdatum to
 * ToewijzingEinddatum (open when absent); the later of two overlapping products is reported.
 */
export const TR386: Rule = {
  ...standard('TR386'),
  appliesTo: ['WMO315'],
  check(message) {
    if (message.code !== 'WMO315') return [];
    const products: ProductPeriod[] = each(message.bericht.Client.AangevraagdeProducten.AangevraagdProduct, '/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct')
      .filter(({ item }) => isRealDate(item.ToewijzingIngangsdatum) && (item.ToewijzingEinddatum === undefined || isRealDate(item.ToewijzingEinddatum)))
      .map(({ item, path }) => ({ path, categorie: item.Product?.Categorie, code: item.Product?.Code, begin: item.ToewijzingIngangsdatum, end: item.ToewijzingEinddatum }));
    return overlappingProducts(products).map(({ product, earlier }) =>
      overlapFinding('TR386', product, earlier),
    );
  },
};
