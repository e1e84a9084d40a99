import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD076 } from './cd076.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD076 an end date is required with Frequentie 2 (per week)', () => {
  it('passes monthly products, also without end date', () => {
    expect(CD076.check(load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('passes a weekly product with an Einddatum', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.ToegewezenProducten.ToegewezenProduct[0]!.Omvang = { Volume: '3', Eenheid: '04', Frequentie: '2' };
    expect(CD076.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the ToegewezenProduct for a weekly product without Einddatum', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[0]!;
    product.Omvang = { Volume: '3', Eenheid: '04', Frequentie: '2' };
    delete product.Einddatum;
    expect(inEnglish(CD076.check(message, context()))).toEqual([
      { rule: 'CD076', retourcode: '0001', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]', message: expect.stringMatching(/Frequentie 2 \(per week\) but no Einddatum/) },
    ]);
  });

  it('gives 0001 on a NieuwProduct too', () => {
    const message = load('WMO317', 'vow-rijswijk-nieuw-product-ongewone-prefixen.xml');
    const product = message.bericht.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
    product.Omvang = { Volume: '2', Eenheid: '16', Frequentie: '2' };
    delete product.Einddatum;
    expect(inEnglish(CD076.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' })]);
  });
});
