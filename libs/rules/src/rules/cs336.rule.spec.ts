import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS336 } from './cs336.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS336 RedenWijziging 01 is not used', () => {
  it('passes RedenWijziging 12 and products without RedenWijziging', () => {
    expect(CS336.check(load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the ToegewezenProduct for RedenWijziging 01', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    message.bericht.Client.ToegewezenProducten.ToegewezenProduct[1]!.RedenWijziging = '01';
    expect(inEnglish(CS336.check(message, context()))).toEqual([
      { rule: 'CS336', retourcode: '0001', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]', message: expect.stringMatching(/RedenWijziging 01/) },
    ]);
  });
});
