import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD041 } from './cd041.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD041 Omvang required when the Product Code is filled', () => {
  it('passes specific products with an Omvang in 301, 315 and 317', () => {
    expect(CD041.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
    expect(CD041.check(load('WMO315', 'vot-delft-stapeling-default-ns.xml'), context())).toEqual([]);
    expect(CD041.check(load('WMO317', 'vow-rijswijk-nieuw-product-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('passes an aspecific product (Categorie only) without Omvang', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!;
    delete product.Product!.Code;
    delete product.Omvang;
    expect(CD041.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the ToegewezenProduct with a Code and no Omvang', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    delete message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!.Omvang;
    expect(inEnglish(CD041.check(message, context()))).toEqual([
      { rule: 'CD041', retourcode: '0001', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]', message: expect.stringMatching(/Product Code 02A02 but no Omvang/) },
    ]);
  });

  it('gives 0001 on an AangevraagdProduct and a NieuwProduct', () => {
    const vot = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    delete vot.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Omvang;
    expect(inEnglish(CD041.check(vot, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' })]);
    const vow = load('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml');
    delete vow.bericht.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Omvang;
    expect(inEnglish(CD041.check(vow, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' })]);
  });
});
