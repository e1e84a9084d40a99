import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS015 } from './cs015.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS015 BerichtSubversie is 2', () => {
  it('passes the iWmo 3.2 header', () => {
    expect(CS015.check(load('WMO319', 'antwoord-delft-afgewezen-default-ns.xml'), context())).toEqual([]);
    expect(CS015.check(load('WMO325', 'declaratie-antwoord-delft-header-afgekeurd.xml'), context())).toEqual([]);
  });

  it('reads the value of the integer, not its lexical form', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Header.BerichtSubversie = '02';
    expect(CS015.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Header for another value', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Header.BerichtSubversie = '1';
    expect(inEnglish(CS015.check(message, context()))).toEqual([
      { rule: 'CS015', retourcode: '0001', path: '/Bericht/Header', message: expect.stringMatching(/^BerichtSubversie is 1 \(CS015\); .*fill BerichtSubversie with 2/) },
    ]);
  });
});
