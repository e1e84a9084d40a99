import { validOn } from '../config/contract-register';
import { code, monthName, named, partiesOf, prestatieRule } from './declaratie.support';

/**
 * TR381: ProductCode vullen met een code die, volgens de gehanteerde productcodelijst, past bij de ProductCategorie
 * (S329; on the declaratie, against the gemeente's product codes in the contract register on the ProductPeriode;
 * gemeenten the register does not describe are not checked).
 */
export const TR381 = prestatieRule(
  {
    code: 'TR381',
    retourcode: 'S329',
    level: 'externe-bron',
    definition: 'ProductCode vullen met een code die, volgens de gehanteerde productcodelijst, past bij de ProductCategorie.',
  },
  (p, message, { config: { contracts } }) => {
    const { gemeente } = partiesOf(message);
    if (!contracts.covers(gemeente)) return undefined;
    const productCode = code(p.prestatie.ProductCode);
    const categorie = code(p.prestatie.ProductCategorie);
    const date = p.periode.begindatum;
    const lijst = `the product code list of gemeente ${gemeente} (${contracts.gemeenteNaam(gemeente)})`;
    const product = contracts.product(gemeente, productCode);
    if (!product || !validOn(product, date)) {
      const codes = contracts.products(gemeente, date).filter((c) => c.productCategorie === categorie).map((c) => c.productCode);
      const valid = product ? ` (it is valid from ${product.geldigVanaf}${product.geldigTotEnMet ? ` to ${product.geldigTotEnMet}` : ''})` : '';
      const hint = codes.length > 0 ? `the codes for ProductCategorie ${categorie} in ${monthName(date)} are ${codes.join(', ')}` : `it has no codes for ProductCategorie ${categorie} in ${monthName(date)}`;
      return `${named(p)}: ProductCode ${productCode} is not on ${lijst} for ${monthName(date)}${valid}; ${hint}.`;
    }
    if (product.productCategorie === categorie) return undefined;
    return `${named(p)}: ProductCode ${productCode} (${product.resultaatgebied.naam}, trede ${product.trede}) belongs to ProductCategorie ${product.productCategorie} on ${lijst}, not to ${categorie}; correct the ProductCategorie or the ProductCode.`;
  },
);
