import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD075 } from './cd075.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD075 an end date is required with a Budget', () => {
  it('passes products without Budget, with or without an end date', () => {
    expect(CD075.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
    expect(CD075.check(load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('passes a Budget with an Einddatum', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!;
    delete product.Omvang;
    product.Budget = '600000';
    expect(CD075.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for a Budget without ToewijzingEinddatum', () => {
    const message = load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml');
    const product = message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
    delete product.Omvang;
    product.Budget = '492000';
    expect(inEnglish(CD075.check(message, context()))).toEqual([
      { rule: 'CD075', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', message: expect.stringMatching(/Budget 492000 but no ToewijzingEinddatum/) },
    ]);
  });

  it('gives 0001 on a TeWijzigenProduct for a Budget without Einddatum', () => {
    const message = load('WMO317', 'vow-delft-omvang-default-ns.xml');
    const product = message.bericht.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
    delete product.Einddatum;
    product.Budget = '200000';
    expect(inEnglish(CD075.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]' })]);
  });
});
