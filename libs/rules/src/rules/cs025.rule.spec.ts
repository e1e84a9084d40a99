import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS025 } from './cs025.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS025 BerichtVersie is 3', () => {
  it('passes the iWmo 3.2 header', () => {
    expect(CS025.check(load('WMO319', 'antwoord-delft-afgewezen-default-ns.xml'), context())).toEqual([]);
    expect(CS025.check(load('WMO325', 'declaratie-antwoord-delft-header-afgekeurd.xml'), context())).toEqual([]);
  });

  it('reads the value of the integer, not its lexical form', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Header.BerichtVersie = '03';
    expect(CS025.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Header for another value', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Header.BerichtVersie = '2';
    expect(inEnglish(CS025.check(message, context()))).toEqual([
      { rule: 'CS025', retourcode: '0001', path: '/Bericht/Header', message: expect.stringMatching(/^BerichtVersie is 2 \(CS025\); .*fill BerichtVersie with 3/) },
    ]);
  });
});
