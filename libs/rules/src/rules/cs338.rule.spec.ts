import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS338 } from './cs338.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS338 Frequentie 2, 4 or 6 with Eenheid 14, 16, 83 or 84', () => {
  it('passes the fixtures (euro per maand, stuks per maand)', () => {
    expect(CS338.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
  });

  it('passes Eenheid 04 (uur) per dag, which the rule does not restrict', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.ToegewezenProducten.ToegewezenProduct[0]!.Omvang = { Volume: '2', Eenheid: '04', Frequentie: '1' };
    expect(CS338.check(message, context())).toEqual([]);
  });

  it('passes an old product that ended before 2021', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[0]!;
    product.Omvang = { Volume: '2', Eenheid: '16', Frequentie: '1' };
    product.Einddatum = '2020-12-31';
    expect(CS338.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the product for dagdelen per dag', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.ToegewezenProducten.ToegewezenProduct[0]!.Omvang = { Volume: '2', Eenheid: '16', Frequentie: '1' };
    expect(inEnglish(CS338.check(message, context()))).toEqual([
      { rule: 'CS338', retourcode: '0001', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]', message: expect.stringMatching(/Eenheid 16 with Frequentie 1( and no \w+)? \(CS338\); with Eenheid 14, 16, 83 or 84 use Frequentie 2/) },
    ]);
  });
});

describe('CS338 in the verzoek om wijziging', () => {
  it('gives 0001 on a TeWijzigenProduct and a NieuwProduct', () => {
    const message = load('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml');
    message.bericht.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang!.Eenheid = '84';
    message.bericht.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang!.Frequentie = '1';
    const nieuw = message.bericht.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
    nieuw.Omvang = { Volume: '1', Eenheid: '14', Frequentie: '1' };
    delete nieuw.Einddatum;
    expect(inEnglish(CS338.check(message, context())).map((f) => f.path)).toEqual([
      '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
      '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]',
    ]);
  });
});
