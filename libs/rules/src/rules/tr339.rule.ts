import { code, named, toewijzingRule } from './declaratie.support';

/** TR339: ProductCategorie in Prestatie moet gelijk zijn aan ProductCategorie in het ToegewezenProduct indien deze opgenomen is (9339). */
export const TR339 = toewijzingRule(
  {
    code: 'TR339',
    retourcode: '9339',
    level: 'berichtoverstijgend',
    definition: 'ProductCategorie in Prestatie moet gelijk zijn aan ProductCategorie in het ToegewezenProduct indien deze opgenomen is.',
  },
  (p, toewijzing) => {
    const categorie = code(p.prestatie.ProductCategorie);
    return toewijzing.productCategorie !== null && toewijzing.productCategorie !== categorie
      ? `${named(p)} has ProductCategorie ${categorie}, but toewijzing ${p.toewijzingNummer} is for ProductCategorie ${toewijzing.productCategorie}; copy the ProductCategorie from the toewijzing.`
      : undefined;
  },
);
