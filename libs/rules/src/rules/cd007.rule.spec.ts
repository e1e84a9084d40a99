import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD007 } from './cd007.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD007 Taal filled exactly when Communicatie Vorm is 1 (tolk taal)', () => {
  it('passes Vorm 1 with a Taal, and a client without Communicatie', () => {
    expect(CD007.check(load('WMO301', 'toewijzing-rijswijk-na-verzoek-default-ns.xml'), context())).toEqual([]);
    expect(CD007.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
  });

  it('passes Vorm 2 (doventolk) without Taal', () => {
    const message = load('WMO301', 'toewijzing-rijswijk-na-verzoek-default-ns.xml');
    message.bericht.Client.Communicatie = { Vorm: '2' };
    expect(CD007.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for Vorm 1 without Taal', () => {
    const message = load('WMO301', 'toewijzing-rijswijk-na-verzoek-default-ns.xml');
    delete message.bericht.Client.Communicatie!.Taal;
    expect(inEnglish(CD007.check(message, context()))).toEqual([
      { rule: 'CD007', retourcode: '0001', path: '/Bericht/Client', message: expect.stringMatching(/Vorm is 1 \(tolk taal\) but Taal is empty/) },
    ]);
  });

  it('gives 0001 on the Client for a Taal with another Vorm', () => {
    const message = load('WMO301', 'toewijzing-rijswijk-na-verzoek-default-ns.xml');
    message.bericht.Client.Communicatie!.Vorm = '3';
    expect(inEnglish(CD007.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client', message: expect.stringMatching(/Vorm is 3 but Taal is filled \("Arabisch"\)/) })]);
  });
});
