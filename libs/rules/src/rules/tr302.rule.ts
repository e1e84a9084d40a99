import type { Rule } from '../rule';
import { each, isRealDate, overlapFinding, overlappingProducts, type ProductPeriod } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** RedenWijziging 13 (Verwijderd) and 01 (Administratieve correctie (vervallen)) with Einddatum = Ingangsdatum take a toewijzing out. */
const WITHDRAWN = new Set(['13', '01']);

/**
 * TR302: Een Product mag alleen vaker in een toewijzingsbericht voorkomen indien de
 * zorgperiodes elkaar niet overlappen (retourcode 0001). Without a product code the rule holds
 * per ProductCategorie; a ToegewezenProduct without Categorie may overlap only products in
 * categories 11-14, which may always overlap. Withdrawn toewijzingen (Einddatum =
 * Ingangsdatum with RedenWijziging 13 or 01) do not count. The later of two overlapping
 * ToegewezenProducten is reported.
 */
export const TR302: Rule = {
  ...standard('TR302'),
  appliesTo: ['WMO301'],
  check(message) {
    if (message.code !== 'WMO301') return [];
    const products: ProductPeriod[] = each(message.bericht.Client.ToegewezenProducten.ToegewezenProduct, '/Bericht/Client/ToegewezenProducten', 'ToegewezenProduct')
      .filter(({ item }) => !(item.Einddatum?.trim() === item.Ingangsdatum.trim() && WITHDRAWN.has(item.RedenWijziging?.trim() ?? '')))
      .filter(({ item }) => isRealDate(item.Ingangsdatum) && (item.Einddatum === undefined || isRealDate(item.Einddatum)))
      .map(({ item, path }) => ({ path, categorie: item.Product?.Categorie, code: item.Product?.Code, begin: item.Ingangsdatum, end: item.Einddatum }));
    return overlappingProducts(products).map(({ product, earlier }) =>
      overlapFinding('TR302', product, earlier),
    );
  },
};
