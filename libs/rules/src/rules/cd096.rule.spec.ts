import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD096 } from './cd096.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD096 no Omvang on a NieuwProduct without Product Code that ends after 2020 or is open', () => {
  it('passes specific products with an Omvang', () => {
    expect(CD096.check(load('WMO317', 'vow-rijswijk-nieuw-product-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('passes an aspecific product that ended before 2021', () => {
    const message = load('WMO317', 'vow-rijswijk-nieuw-product-ongewone-prefixen.xml');
    const product = message.bericht.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
    delete product.Product!.Code;
    product.Einddatum = '2020-12-31';
    expect(CD096.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the NieuwProduct for an aspecific product with an Omvang', () => {
    const message = load('WMO317', 'vow-rijswijk-nieuw-product-ongewone-prefixen.xml');
    delete message.bericht.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Product!.Code;
    expect(inEnglish(CD096.check(message, context()))).toEqual([
      { rule: 'CD096', retourcode: '0001', path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]', message: expect.stringMatching(/no Product Code and Einddatum .* \(after 31-12-2020\), yet has Omvang/) },
    ]);
  });

  it('gives 0001 for a generic (no Product) open-ended product with an Omvang', () => {
    const message = load('WMO317', 'vow-rijswijk-nieuw-product-ongewone-prefixen.xml');
    const product = message.bericht.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
    delete product.Product;
    delete product.Einddatum;
    expect(inEnglish(CD096.check(message, context()))).toEqual([expect.objectContaining({ message: expect.stringMatching(/no Einddatum, yet has Omvang/) })]);
  });
});
