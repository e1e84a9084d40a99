import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD079 } from './cd079.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD079 a Product is required when there is no Budget', () => {
  it('passes products with a Product', () => {
    expect(CD079.check(load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml'), context())).toEqual([]);
    expect(CD079.check(load('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml'), context())).toEqual([]);
  });

  it('passes a generic toewijzing: no Product but a Budget', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!;
    delete product.Product;
    delete product.Omvang;
    product.Budget = '600000';
    expect(CD079.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the product for neither Product nor Budget', () => {
    const message = load('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml');
    delete message.bericht.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Product;
    expect(inEnglish(CD079.check(message, context()))).toEqual([
      { rule: 'CD079', retourcode: '0001', path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]', message: expect.stringMatching(/neither Product nor Budget/) },
    ]);
    const vot = load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml');
    delete vot.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Product;
    expect(inEnglish(CD079.check(vot, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' })]);
  });
});
