import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS318 } from './cs318.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS318 the Client is not a niet-natuurlijk persoon', () => {
  it('passes a client with NaamGebruik 1 or 4', () => {
    expect(CS318.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
    expect(CS318.check(load('WMO301', 'toewijzing-rijswijk-na-verzoek-default-ns.xml'), context())).toEqual([]);
  });

  it('leaves a Relatie with NaamGebruik 6 alone', () => {
    const message = load('WMO301', 'toewijzing-rijswijk-na-verzoek-default-ns.xml');
    message.bericht.Client.Relaties!.Relatie[0]!.Naam.NaamGebruik = '6';
    expect(CS318.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for NaamGebruik 6', () => {
    const message = load('WMO301', 'toewijzing-rijswijk-na-verzoek-default-ns.xml');
    message.bericht.Client.Naam.NaamGebruik = '6';
    expect(inEnglish(CS318.check(message, context()))).toEqual([
      { rule: 'CS318', retourcode: '0001', path: '/Bericht/Client', message: expect.stringMatching(/NaamGebruik 6 \(niet-natuurlijk persoon\)/) },
    ]);
  });
});
