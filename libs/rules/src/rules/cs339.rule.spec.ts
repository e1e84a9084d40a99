import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS339 } from './cs339.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe("CS339 IngediendBedrag equals GeleverdVolume in euro's", () => {
  it("passes a prestatie in euro's with equal amounts, and one in stuks", () => {
    expect(CS339.check(load('WMO323', 'declaratie-delft-maart.xml'), context())).toEqual([]);
  });

  it('compares values, not lexical forms', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.GeleverdVolume = '061200';
    expect(CS339.check(message, context())).toEqual([]);
  });

  it("gives 0001 on the Prestatie for a different amount in euro's", () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.IngediendBedrag.Bedrag = '612';
    expect(inEnglish(CS339.check(message, context()))).toEqual([
      {
        rule: 'CS339',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
        message: expect.stringMatching(/ZD2603-0002 has Eenheid 83 \(euro's\) with GeleverdVolume 61200 but IngediendBedrag 612/),
      },
    ]);
  });
});
