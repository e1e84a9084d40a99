import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS343 } from './cs343.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS343 Frequentie 2, 4 or 6 with Eenheid 14, 16, 83 or 84', () => {
  it('passes the fixtures (euro per maand, stuks per maand)', () => {
    expect(CS343.check(load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('passes Eenheid 04 (uur) per dag, which the rule does not restrict', () => {
    const message = load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml');
    message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Omvang = { Volume: '2', Eenheid: '04', Frequentie: '1' };
    expect(CS343.check(message, context())).toEqual([]);
  });

  it('passes an old product that ended before 2021', () => {
    const message = load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml');
    const product = message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
    product.Omvang = { Volume: '2', Eenheid: '16', Frequentie: '1' };
    product.ToewijzingEinddatum = '2020-12-31';
    expect(CS343.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the product for dagdelen per dag', () => {
    const message = load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml');
    message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Omvang = { Volume: '2', Eenheid: '16', Frequentie: '1' };
    expect(inEnglish(CS343.check(message, context()))).toEqual([
      { rule: 'CS343', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', message: expect.stringMatching(/Eenheid 16 with Frequentie 1( and no \w+)? \(CS343\); with Eenheid 14, 16, 83 or 84 use Frequentie 2/) },
    ]);
  });
});
