import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS340 } from './cs340.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS340 the DeclaratiePeriode is one whole calendar month', () => {
  it('passes whole months', () => {
    expect(CS340.check(load('WMO323', 'declaratie-delft-maart.xml'), context())).toEqual([]);
    expect(CS340.check(load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('passes February in a leap year', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.DeclaratiePeriode = { Begindatum: '2028-02-01', Einddatum: '2028-02-29' };
    expect(CS340.check(message, context())).toEqual([]);
  });

  it.each([
    ['2026-03-16', '2026-03-31'],
    ['2026-03-01', '2026-03-30'],
    ['2026-03-01', '2026-04-30'],
    ['2027-02-01', '2027-02-29'],
  ])('gives 0001 on the Declaratie for %s to %s', (Begindatum, Einddatum) => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.DeclaratiePeriode = { Begindatum, Einddatum };
    expect(inEnglish(CS340.check(message, context()))).toEqual([
      { rule: 'CS340', retourcode: '0001', path: '/Bericht/Declaratie', message: expect.stringContaining(`DeclaratiePeriode ${Begindatum} to ${Einddatum} is not one whole calendar month`) },
    ]);
  });
});
