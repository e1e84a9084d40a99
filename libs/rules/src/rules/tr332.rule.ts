import type { Finding, Rule } from '../rule';
import { canonicalNummer, partiesOf, sameProduct } from '../state/toewijzing-state';

/**
 * TR332: Ieder ToegewezenProduct binnen één gemeente heeft een uniek nummer per wettelijk domein (9332).
 * A later 301 may change a toewijzing under its number (Einddatum, Omvang, Budget, RedenWijziging: OP033x1),
 * but client, aanbieder and Product stay (IV093); the same number for another one is a second toewijzing.
 */
export const TR332: Rule = {
  code: 'TR332',
  retourcode: '9332',
  level: 'berichtoverstijgend',
  definition: 'Ieder ToegewezenProduct binnen één gemeente heeft een uniek nummer per wettelijk domein.',
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
      const fail = (why: string) =>
        findings.push({
          rule: 'TR332',
          retourcode: '9332',
          path,
          message: `ToewijzingNummer ${p.ToewijzingNummer} is not unique within gemeente ${gemeente}: ${why} Give every new toewijzing a number of its own; a change of an existing toewijzing keeps its client, aanbieder and Product.`,
        });
      const twin = products.findIndex((q, j) => j < i && canonicalNummer(q.ToewijzingNummer) === nummer);
      if (twin >= 0) return fail(`ToegewezenProduct ${twin + 1} of this message has the same number.`);
      const product = { productCategorie: p.Product?.Categorie ?? null, productCode: p.Product?.Code ?? null };
      for (const earlier of state.toewijzingen.toegewezenProductenMetNummer(gemeente, nummer)) {
        if (earlier.aanbieder !== aanbieder) return fail(`it was already used for a toewijzing to another aanbieder (${earlier.aanbieder}).`);
        if (earlier.bsn !== Bsn) return fail('it was already used for a toewijzing to another client.');
        if (!sameProduct(earlier, product)) {
          const shown = earlier.productCategorie ? `${earlier.productCategorie}${earlier.productCode ? `/${earlier.productCode}` : ''}` : 'no Product';
          return fail(`it was already used for another Product (${shown}) of this client.`);
        }
      }
      return undefined;
    });
    return findings;
  },
};
