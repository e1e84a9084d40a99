import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD066 } from './cd066.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD066 no Naam for a verwijzer of type 02-05 with a ZorgverlenerCode', () => {
  it('passes a huisarts with only a ZorgverlenerCode', () => {
    expect(CD066.check(load('WMO315', 'vot-rijswijk-financien.xml'), context())).toEqual([]);
  });

  it('passes a gemeente (01) with a Naam', () => {
    expect(CD066.check(load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for a huisarts with ZorgverlenerCode and Naam', () => {
    const message = load('WMO315', 'vot-rijswijk-financien.xml');
    message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer.Naam = 'Huisartsenpraktijk Rijswijk';
    expect(inEnglish(CD066.check(message, context()))).toEqual([
      { rule: 'CD066', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', message: expect.stringMatching(/ZorgverlenerCode 01104567 and also Naam/) },
    ]);
  });
});
