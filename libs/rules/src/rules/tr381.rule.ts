import { text, type Text } from '@lib/i18n';
import type { ParsedMessage } from '@lib/iwmo';
import { validOn, type ContractRegister } from '../config/contract-register';
import type { Finding, Rule, RuleContext } from '../rule';
import { code, monthName, named, partiesOf, prestatieRule } from './declaratie.support';
import { codedProductsOf, gemeenteOf } from './support/products';
import { standard } from '../catalogue/standard-rules';

const RULE = {
  ...standard('TR381'),
} as const;

/**
 * What is wrong with a ProductCode and ProductCategorie on `date` per the gemeente's product
 * code list, or undefined when they fit (`what` names the class in the message).
 */
function productProblem(contracts: ContractRegister, gemeente: string, what: Text, categorie: string, productCode: string, date: string): Text | undefined {
  const list = text('TR381.list', { gemeente, naam: contracts.gemeenteNaam(gemeente) ?? '?' });
  const product = contracts.product(gemeente, productCode);
  const month = monthName(date);
  if (!product || !validOn(product, date)) {
    const codes = contracts.products(gemeente, date).filter((c) => c.productCategorie === categorie).map((c) => c.productCode);
    const valid = !product
      ? ''
      : product.geldigTotEnMet
        ? text('TR381.valid-from-to', { vanaf: product.geldigVanaf, totEnMet: product.geldigTotEnMet })
        : text('TR381.valid-from', { vanaf: product.geldigVanaf });
    const hint = codes.length > 0 ? text('TR381.codes', { categorie, month, codes: codes.join(', ') }) : text('TR381.no-codes', { categorie, month });
    return text('TR381.not-on-list', { what, code: productCode, list, month, valid, hint });
  }
  if (product.productCategorie === categorie) return undefined;
  return text('TR381.other-categorie', {
    what,
    code: productCode,
    resultaatgebied: product.resultaatgebied.naam,
    trede: product.trede,
    categorie: product.productCategorie,
    list,
    given: categorie,
  });
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
      const what = p.toewijzingNummer
        ? text('TR381.product-toewijzing', { position, toewijzing: p.toewijzingNummer, dateName: p.dateName, date: p.date })
        : text('TR381.product', { position, dateName: p.dateName, date: p.date });
      const said = productProblem(contracts, gemeente, what, p.categorie, p.productCode, p.date);
      if (said !== undefined) findings.push({ rule: RULE.code, retourcode: RULE.retourcode, path: p.path, text: said });
    }
    return findings;
  },
};
