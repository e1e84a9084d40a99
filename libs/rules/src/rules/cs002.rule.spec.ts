import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS002, elfproef } from './cs002.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS002 Bsn passes the 11-proef', () => {
  it('knows the 11-proef', () => {
    expect(elfproef('999990019')).toBe(true);
    expect(elfproef('123456782')).toBe(true);
    expect(elfproef('123456789')).toBe(false);
    expect(elfproef('12345678')).toBe(false);
  });

  it('passes valid BSNs in heenberichten and in the 325', () => {
    expect(CS002.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
    expect(CS002.check(load('WMO323', 'declaratie-delft-maart.xml'), context())).toEqual([]);
    expect(CS002.check(load('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the Client for a Bsn that fails', () => {
    const message = load('WMO305', 'start-delft-twee-producten.xml');
    message.bericht.Client.Bsn = '123456789';
    expect(inEnglish(CS002.check(message, context()))).toEqual([
      { rule: 'CS002', retourcode: '0001', path: '/Bericht/Client', message: 'Bsn ******789 fails the 11-proef (CS002); check the BSN of this client against the BRP.' },
    ]);
  });

  it('gives 0001 on the declaratie Client concerned', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.Clienten.Client[1]!.Bsn = '999990173';
    expect(inEnglish(CS002.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Declaratie/Clienten/Client[2]' })]);
  });
});
