import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD077 } from './cd077.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD077 no Omvang with a Budget', () => {
  it('passes products with only an Omvang', () => {
    expect(CD077.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
    expect(CD077.check(load('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml'), context())).toEqual([]);
  });

  it('passes a generic product with only a Budget', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!;
    delete product.Product;
    delete product.Omvang;
    product.Budget = '600000';
    expect(CD077.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the product for a Budget next to an Omvang', () => {
    const message = load('WMO317', 'vow-delft-omvang-default-ns.xml');
    message.bericht.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Budget = '200000';
    expect(inEnglish(CD077.check(message, context()))).toEqual([
      {
        rule: 'CD077',
        retourcode: '0001',
        path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
        message: expect.stringMatching(/Budget 200000 and also Omvang \(Volume 71800, Eenheid 83, Frequentie 4\)/),
      },
    ]);
  });
});
