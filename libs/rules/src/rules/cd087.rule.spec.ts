import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD087 } from './cd087.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe("CD087 ProductTarief filled exactly when the Eenheid is not 83 (euro's)", () => {
  it("passes a tarief on stuks and none on euro's", () => {
    expect(CD087.check(load('WMO323', 'declaratie-delft-maart.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie for stuks without tarief', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    delete message.bericht.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.ProductTarief;
    expect(inEnglish(CD087.check(message, context()))).toEqual([
      { rule: 'CD087', retourcode: '0001', path: '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]', message: expect.stringMatching(/ZD2603-0003 has Eenheid 82 but no ProductTarief/) },
    ]);
  });

  it("gives 0001 on the Prestatie for euro's with a tarief", () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductTarief = '100';
    expect(inEnglish(CD087.check(message, context()))).toEqual([
      expect.objectContaining({ path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]', message: expect.stringMatching(/Eenheid 83 .* and ProductTarief 100/) }),
    ]);
  });
});
