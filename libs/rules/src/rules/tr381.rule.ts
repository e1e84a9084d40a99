import type { ParsedMessage } from '@lib/iwmo';
import { validOn, type ContractRegister } from '../config/contract-register';
import type { Finding, Rule, RuleContext } from '../rule';
import { code, monthName, named, partiesOf, prestatieRule } from './declaratie.support';
import { codedProductsOf, gemeenteOf } from './support/products';

const RULE = {
  code: 'TR381',
  retourcode: 'S329',
  level: 'externe-bron',
  definition: 'ProductCode vullen met een code die, volgens de gehanteerde productcodelijst, past bij de ProductCategorie.',
} as const;

/**
 * What is wrong with a ProductCode and ProductCategorie on `date` per the gemeente's product
 * code list, or undefined when they fit (`what` names the class in the message).
 */
function productProblem(contracts: ContractRegister, gemeente: string, what: string, categorie: string, productCode: string, date: string): string | undefined {
  const lijst = `the product code list of gemeente ${gemeente} (${contracts.gemeenteNaam(gemeente)})`;
  const product = contracts.product(gemeente, productCode);
  if (!product || !validOn(product, date)) {
    const codes = contracts.products(gemeente, date).filter((c) => c.productCategorie === categorie).map((c) => c.productCode);
    const valid = product ? ` (it is valid from ${product.geldigVanaf}${product.geldigTotEnMet ? ` to ${product.geldigTotEnMet}` : ''})` : '';
    const hint = codes.length > 0 ? `the codes for ProductCategorie ${categorie} in ${monthName(date)} are ${codes.join(', ')}` : `it has no codes for ProductCategorie ${categorie} in ${monthName(date)}`;
    return `${what}: ProductCode ${productCode} is not on ${lijst} for ${monthName(date)}${valid}; ${hint}.`;
  }
  if (product.productCategorie === categorie) return undefined;
  return `${what}: ProductCode ${productCode} (${product.resultaatgebied.naam}, trede ${product.trede}) belongs to ProductCategorie ${product.productCategorie} on ${lijst}, not to ${categorie}; correct the ProductCategorie or the ProductCode.`;
}

/** On the declaratie: each prestatie on its ProductPeriode. */
const onPrestaties = prestatieRule(RULE, (p, message, { config: { contracts } }) => {
  const { gemeente } = partiesOf(message);
  if (!contracts.covers(gemeente)) return undefined;
  return productProblem(contracts, gemeente, named(p), code(p.prestatie.ProductCategorie), code(p.prestatie.ProductCode), p.periode.begindatum);
});

/**
 * TR381: ProductCode vullen met een code die, volgens de gehanteerde productcodelijst, past bij de ProductCategorie
 * (S329; against the gemeente's product codes in the contract register; gemeenten the register does not describe
 * are not checked). On a 323 each prestatie on its ProductPeriode; on a 301, 305, 307, 315 and 317 each Product with
 * a Code (a Product with only a Categorie is not checked) on the date the product starts: Ingangsdatum of a
 * ToegewezenProduct, Begindatum of a StartProduct and of a StopProduct (the product as it was started),
 * ToewijzingIngangsdatum of an AangevraagdProduct, GewensteIngangsdatum of a NieuwProduct.
 */
export const TR381: Rule = {
  ...RULE,
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323'],
  check(message: ParsedMessage, context: RuleContext): Finding[] {
    if (message.code === 'WMO323') return onPrestaties.check(message, context);
    const { contracts } = context.config;
    const gemeente = gemeenteOf(message);
    if (!contracts.covers(gemeente)) return [];
    const findings: Finding[] = [];
    for (const p of codedProductsOf(message)) {
      const position = p.path.slice(p.path.lastIndexOf('/') + 1);
      const what = `${position}${p.toewijzingNummer ? ` (toewijzing ${p.toewijzingNummer})` : ''} with ${p.dateName} ${p.date}`;
      const text = productProblem(contracts, gemeente, what, p.categorie, p.productCode, p.date);
      if (text !== undefined) findings.push({ rule: RULE.code, retourcode: RULE.retourcode, path: p.path, message: text });
    }
    return findings;
  },
};
