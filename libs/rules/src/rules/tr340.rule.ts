import { code, named, toewijzingRule } from './declaratie.support';

/** TR340: ProductCode in Prestatie moet gelijk zijn aan ProductCode in het ToegewezenProduct, indien deze opgenomen is (9340). */
export const TR340 = toewijzingRule(
  {
    code: 'TR340',
    retourcode: '9340',
    level: 'berichtoverstijgend',
    definition: 'ProductCode in Prestatie moet gelijk zijn aan ProductCode in het ToegewezenProduct, indien deze opgenomen is.',
  },
  (p, toewijzing) => {
    const productCode = code(p.prestatie.ProductCode);
    return toewijzing.productCode !== null && toewijzing.productCode !== productCode
      ? `${named(p)} has ProductCode ${productCode}, but toewijzing ${p.toewijzingNummer} is for ProductCode ${toewijzing.productCode}; copy the ProductCode from the toewijzing (a different product needs its own toewijzing).`
      : undefined;
  },
);
