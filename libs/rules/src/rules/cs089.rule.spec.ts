import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS089 } from './cs089.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS089 a Dutch postcode with LandCode NL', () => {
  it('passes Dutch postcodes', () => {
    expect(CS089.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
  });

  it('passes a foreign postcode with another LandCode', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const adres = message.bericht.Client.Contactgegevens.Contact[0]!.Adres!;
    adres.LandCode = 'BE';
    adres.Postcode = 'B-2000';
    expect(CS089.check(message, context())).toEqual([]);
  });

  it.each(['2611 AB', '2611ab', '0611AB', '26110'])('gives 0001 on the Contact for postcode %s with LandCode NL', (postcode) => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.Contactgegevens.Contact[0]!.Adres!.Postcode = postcode;
    expect(inEnglish(CS089.check(message, context()))).toEqual([
      { rule: 'CS089', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[1]', message: expect.stringContaining(`Postcode "${postcode}" with LandCode NL is not a Dutch postcode`) },
    ]);
  });
});
