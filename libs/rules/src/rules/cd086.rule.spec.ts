import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD086 } from './cd086.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD086 no RedenAfwijzingVerzoek while the aanvraag is in onderzoek', () => {
  it('passes an aanvraag in onderzoek without reason, and a rejection with one', () => {
    expect(CD086.check(load('WMO319', 'antwoord-rijswijk-in-onderzoek.xml'), context())).toEqual([]);
    expect(CD086.check(load('WMO319', 'antwoord-delft-afgewezen-default-ns.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the Antwoord for an aanvraag in onderzoek with a reason', () => {
    const message = load('WMO319', 'antwoord-rijswijk-in-onderzoek.xml');
    message.bericht.Antwoord.RedenAfwijzingVerzoek = '2';
    expect(inEnglish(CD086.check(message, context()))).toEqual([
      { rule: 'CD086', retourcode: '0001', path: '/Bericht/Antwoord', message: expect.stringMatching(/VerzoekAntwoord 2 .* and RedenAfwijzingVerzoek 2/) },
    ]);
  });
});
