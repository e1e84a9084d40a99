import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS058 } from './cs058.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS058 StatusAanlevering 1 or 3', () => {
  it('passes 1 (eerste aanlevering) and 3 (verwijderen aanlevering)', () => {
    expect(CS058.check(load('WMO305', 'start-delft-twee-producten.xml'), context())).toEqual([]);
    expect(CS058.check(load('WMO305', 'start-westland-verwijderen-ongewone-prefixen.xml'), context())).toEqual([]);
    expect(CS058.check(load('WMO307', 'stop-delft-tijdelijk-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the StartProduct for StatusAanlevering 2', () => {
    const message = load('WMO305', 'start-delft-twee-producten.xml');
    message.bericht.Client.StartProducten.StartProduct[1]!.StatusAanlevering = '2';
    expect(inEnglish(CS058.check(message, context()))).toEqual([
      { rule: 'CS058', retourcode: '0001', path: '/Bericht/Client/StartProducten/StartProduct[2]', message: expect.stringMatching(/StartProduct has StatusAanlevering 2 \(CS058\)/) },
    ]);
  });

  it('gives 0001 on the StopProduct for StatusAanlevering 9', () => {
    const message = load('WMO307', 'stop-delft-tijdelijk-ongewone-prefixen.xml');
    message.bericht.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '9';
    expect(inEnglish(CS058.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/StopProducten/StopProduct[1]' })]);
  });
});
