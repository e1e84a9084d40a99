import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD067 } from './cd067.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD067 a Naam for a verwijzer of type 02-05 without ZorgverlenerCode', () => {
  it('passes a huisarts with a ZorgverlenerCode', () => {
    expect(CD067.check(load('WMO315', 'vot-rijswijk-financien.xml'), context())).toEqual([]);
  });

  it('passes a huisarts with only a Naam', () => {
    const message = load('WMO315', 'vot-rijswijk-financien.xml');
    message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer = { Type: '02', Naam: 'Huisartsenpraktijk Rijswijk' };
    expect(CD067.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for a medisch specialist with neither', () => {
    const message = load('WMO315', 'vot-rijswijk-financien.xml');
    message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer = { Type: '05' };
    expect(inEnglish(CD067.check(message, context()))).toEqual([
      { rule: 'CD067', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', message: expect.stringMatching(/Type 05\) has neither ZorgverlenerCode nor Naam/) },
    ]);
  });
});
