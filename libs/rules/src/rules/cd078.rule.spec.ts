import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD078 } from './cd078.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD078 no Budget with an Omvang', () => {
  it('passes products with only an Omvang', () => {
    expect(CD078.check(load('WMO315', 'vot-delft-stapeling-default-ns.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for an Omvang next to a Budget', () => {
    const message = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Budget = '285000';
    expect(inEnglish(CD078.check(message, context()))).toEqual([
      { rule: 'CD078', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]', message: expect.stringMatching(/and also Budget 285000/) },
    ]);
  });
});
