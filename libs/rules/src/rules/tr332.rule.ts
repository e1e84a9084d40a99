import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { canonicalNummer, partiesOf, sameProduct } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR332: Ieder ToegewezenProduct binnen één gemeente heeft een uniek nummer per wettelijk domein (9332).
 * A later 301 may change a toewijzing under its number (Einddatum, Omvang, Budget, RedenWijziging: OP033x1),
 * but client, aanbieder and Product stay (IV093); the same number for another one is a second toewijzing.
 */
export const TR332: Rule = {
  ...standard('TR332'),
  appliesTo: ['WMO301'],
  check(message, { state }) {
    if (message.code !== 'WMO301') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { Bsn, ToegewezenProducten } = message.bericht.Client;
    const products = ToegewezenProducten.ToegewezenProduct;
    const findings: Finding[] = [];
    products.forEach((p, i) => {
      const nummer = canonicalNummer(p.ToewijzingNummer);
      const path = `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`;
      const fail = (why: Text) =>
        findings.push({ rule: 'TR332', retourcode: '9332', path, text: text('TR332.not-unique', { nummer: p.ToewijzingNummer, gemeente, why }) });
      const twin = products.findIndex((q, j) => j < i && canonicalNummer(q.ToewijzingNummer) === nummer);
      if (twin >= 0) return fail(text('TR332.same-in-message', { index: twin + 1 }));
      const product = { productCategorie: p.Product?.Categorie ?? null, productCode: p.Product?.Code ?? null };
      for (const earlier of state.toewijzingen.toegewezenProductenMetNummer(gemeente, nummer)) {
        if (earlier.aanbieder !== aanbieder) return fail(text('TR332.other-aanbieder', { aanbieder: earlier.aanbieder }));
        if (earlier.bsn !== Bsn) return fail(text('TR332.other-client'));
        if (!sameProduct(earlier, product)) {
          const shown = earlier.productCategorie ? `${earlier.productCategorie}${earlier.productCode ? `/${earlier.productCode}` : ''}` : text('across.no-product');
          return fail(text('TR332.other-product', { product: shown }));
        }
      }
      return undefined;
    });
    return findings;
  },
};
