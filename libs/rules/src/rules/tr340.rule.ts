import { text } from '@lib/i18n';
import { code, named, toewijzingRule } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR340: ProductCode in Prestatie moet gelijk zijn aan ProductCode in het ToegewezenProduct, indien deze opgenomen is (9340). */
export const TR340 = toewijzingRule(
  {
    ...standard('TR340'),
  },
  (p, toewijzing) => {
    const productCode = code(p.prestatie.ProductCode);
    return toewijzing.productCode !== null && toewijzing.productCode !== productCode
      ? text('TR340.other-code', { prestatie: named(p), code: productCode, toewijzing: p.toewijzingNummer, toegewezen: toewijzing.productCode })
      : undefined;
  },
);
