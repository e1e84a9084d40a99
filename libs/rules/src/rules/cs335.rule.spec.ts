import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS335 } from './cs335.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS335 RedenWijziging 13 (verwijderd) only with Einddatum equal to Ingangsdatum', () => {
  it('passes other reasons', () => {
    expect(CS335.check(load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml'), context())).toEqual([]);
  });

  it('passes a removal whose Einddatum equals its Ingangsdatum', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!;
    product.RedenWijziging = '13';
    product.Einddatum = product.Ingangsdatum;
    expect(CS335.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the ToegewezenProduct for a removal with another Einddatum', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!.RedenWijziging = '13';
    expect(inEnglish(CS335.check(message, context()))).toEqual([
      {
        rule: 'CS335',
        retourcode: '0001',
        path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]',
        message: expect.stringMatching(/178302 has RedenWijziging 13 \(verwijderd\) with Ingangsdatum 2026-01-01 and Einddatum 2026-05-31/),
      },
    ]);
  });

  it('gives 0001 for a removal without Einddatum', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!;
    product.RedenWijziging = '13';
    delete product.Einddatum;
    expect(inEnglish(CS335.check(message, context()))).toEqual([expect.objectContaining({ message: expect.stringMatching(/Einddatum \(empty\)/) })]);
  });
});
