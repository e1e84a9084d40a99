import { text } from '@lib/i18n';
import { validOn } from '../config/contract-register';
import { code, int, monthName, named, partiesOf, prestatieRule } from './declaratie.support';
import { euro } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR418: ProductTarief in Prestatie dient overeen te komen met het contractuele tarief van ProductCode (0611; the
 * all-in tarief per month in the contract register for the ProductPeriode's month, for an aanbieder contracted for the
 * code's resultaatgebied). Debet prestaties only: a credit repeats the tarief of the debet it cancels, which after a
 * retroactive tarief change is no longer the register's (TR323 ties the credit to that debet).
 */
export const TR418 = prestatieRule(
  {
    ...standard('TR418'),
  },
  (p, message, { config: { contracts } }) => {
    const { gemeente, aanbieder } = partiesOf(message);
    const { ProductTarief, ProductCode } = p.prestatie;
    if (!p.debet || ProductTarief === undefined || !contracts.covers(gemeente)) return undefined;
    const productCode = code(ProductCode);
    const date = p.periode.begindatum;
    const product = contracts.product(gemeente, productCode);
    // an unknown or expired code is TR381's
    if (!product || !validOn(product, date)) return undefined;
    const gebied = product.resultaatgebied;
    if (!contracts.contract(gemeente, aanbieder, gebied.code, date)) {
      return text('TR418.no-contract', { prestatie: named(p), aanbieder, resultaatgebied: gebied.naam, perceel: gebied.code, gemeente, month: monthName(date), code: productCode });
    }
    const tarief = contracts.tarief(gemeente, productCode, date);
    const declared = int(ProductTarief);
    if (tarief === undefined || declared === tarief) return undefined;
    const since = product.tarieven.find((t) => t.tariefPerMaand === tarief && t.vanaf <= date && (t.totEnMet === null || date <= t.totEnMet))?.vanaf;
    return text('TR418.other-tarief', {
      prestatie: named(p),
      declared: euro(BigInt(declared)),
      code: productCode,
      gemeente,
      month: monthName(date),
      tarief: euro(BigInt(tarief)),
      since: since ? text('TR418.since', { since }) : '',
    });
  },
);
