import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD025 } from './cd025.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD025 Huis required on a Dutch address', () => {
  it('passes Dutch addresses with a Huis', () => {
    expect(CD025.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
  });

  it('passes a foreign address without Huis', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const adres = message.bericht.Client.Contactgegevens.Contact[0]!.Adres!;
    adres.LandCode = 'BE';
    delete adres.Huis;
    expect(CD025.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact for LandCode NL without Huis', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    delete message.bericht.Client.Contactgegevens.Contact[1]!.Adres!.Huis;
    expect(inEnglish(CD025.check(message, context()))).toEqual([
      { rule: 'CD025', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[2]', message: expect.stringMatching(/LandCode NL but no Huis/) },
    ]);
  });
});
