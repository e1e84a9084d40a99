import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS319 } from './cs319.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS319 DeclaratieNummer holds only letters and digits', () => {
  it('passes the fixtures', () => {
    expect(CS319.check(load('WMO323', 'declaratie-delft-maart.xml'), context())).toEqual([]);
    expect(CS319.check(load('WMO323', 'declaratie-rijswijk-halve-maand-default-ns.xml'), context())).toEqual([]);
  });

  it.each(['ZD 2026 03', 'ZD-2026-03', 'ZD2026/03'])('gives 0001 on the Declaratie for %s', (nummer) => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.DeclaratieNummer = nummer;
    expect(inEnglish(CS319.check(message, context()))).toEqual([
      { rule: 'CS319', retourcode: '0001', path: '/Bericht/Declaratie', message: expect.stringContaining(`DeclaratieNummer "${nummer}" holds other characters`) },
    ]);
  });
});
