import { text } from '@lib/i18n';
import { code, named, toewijzingRule } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR339: ProductCategorie in Prestatie moet gelijk zijn aan ProductCategorie in het ToegewezenProduct indien deze opgenomen is (9339). */
export const TR339 = toewijzingRule(
  {
    ...standard('TR339'),
  },
  (p, toewijzing) => {
    const categorie = code(p.prestatie.ProductCategorie);
    return toewijzing.productCategorie !== null && toewijzing.productCategorie !== categorie
      ? text('TR339.other-categorie', { prestatie: named(p), categorie, toewijzing: p.toewijzingNummer, toegewezen: toewijzing.productCategorie })
      : undefined;
  },
);
