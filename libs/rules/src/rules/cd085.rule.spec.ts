import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD085 } from './cd085.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD085 a RedenAfwijzingVerzoek when the verzoek is rejected', () => {
  it('passes a rejection with a reason, and an aanvraag in onderzoek without', () => {
    expect(CD085.check(load('WMO319', 'antwoord-delft-afgewezen-default-ns.xml'), context())).toEqual([]);
    expect(CD085.check(load('WMO319', 'antwoord-rijswijk-in-onderzoek.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the Antwoord for a rejection without reason', () => {
    const message = load('WMO319', 'antwoord-delft-afgewezen-default-ns.xml');
    delete message.bericht.Antwoord.RedenAfwijzingVerzoek;
    expect(inEnglish(CD085.check(message, context()))).toEqual([
      { rule: 'CD085', retourcode: '0001', path: '/Bericht/Antwoord', message: expect.stringMatching(/ZD-VOW-2026-0088 has VerzoekAntwoord 1 .* but no RedenAfwijzingVerzoek/) },
    ]);
  });
});
