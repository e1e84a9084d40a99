import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD068 } from './cd068.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD068 no ZorgverlenerCode for verwijzer types other than 02-05', () => {
  it('passes a gemeente and a zelfverwijzer without ZorgverlenerCode, and a huisarts with one', () => {
    expect(CD068.check(load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml'), context())).toEqual([]);
    expect(CD068.check(load('WMO315', 'vot-delft-stapeling-default-ns.xml'), context())).toEqual([]);
    expect(CD068.check(load('WMO315', 'vot-rijswijk-financien.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for a zelfverwijzer (06) with a ZorgverlenerCode', () => {
    const message = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Verwijzer.ZorgverlenerCode = '01104567';
    expect(inEnglish(CD068.check(message, context()))).toEqual([
      { rule: 'CD068', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]', message: expect.stringMatching(/Type 06 and ZorgverlenerCode 01104567/) },
    ]);
  });
});
