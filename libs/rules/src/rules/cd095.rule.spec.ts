import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD095 } from './cd095.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD095 no Omvang on a AangevraagdProduct without Product Code that ends after 2020 or is open', () => {
  it('passes specific products with an Omvang', () => {
    expect(CD095.check(load('WMO315', 'vot-delft-stapeling-default-ns.xml'), context())).toEqual([]);
  });

  it('passes an aspecific product that ended before 2021', () => {
    const message = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    const product = message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
    delete product.Product!.Code;
    product.ToewijzingEinddatum = '2020-12-31';
    expect(CD095.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for an aspecific product with an Omvang', () => {
    const message = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    delete message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Product!.Code;
    expect(inEnglish(CD095.check(message, context()))).toEqual([
      { rule: 'CD095', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', message: expect.stringMatching(/no Product Code and ToewijzingEinddatum .* \(after 31-12-2020\), yet has Omvang/) },
    ]);
  });

  it('gives 0001 for a generic (no Product) open-ended product with an Omvang', () => {
    const message = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    const product = message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
    delete product.Product;
    delete product.ToewijzingEinddatum;
    expect(inEnglish(CD095.check(message, context()))).toEqual([expect.objectContaining({ message: expect.stringMatching(/no ToewijzingEinddatum, yet has Omvang/) })]);
  });
});
