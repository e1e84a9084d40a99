import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD005 } from './cd005.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD005 LandCode filled exactly when Postcode is', () => {
  it('passes addresses with both Postcode and LandCode', () => {
    expect(CD005.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
  });

  it('passes an Adres with neither (e.g. only Straatnaam abroad)', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    const adres = message.bericht.Client.Contactgegevens.Contact[0]!.Adres!;
    delete adres.Postcode;
    delete adres.LandCode;
    expect(CD005.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact when a Postcode has no LandCode', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    delete message.bericht.Client.Contactgegevens.Contact[0]!.Adres!.LandCode;
    expect(inEnglish(CD005.check(message, context()))).toEqual([
      { rule: 'CD005', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[1]', message: expect.stringMatching(/Postcode 2611AB but no LandCode/) },
    ]);
  });

  it("gives 0001 on a Relatie's Contact when a LandCode has no Postcode", () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    delete message.bericht.Client.Relaties!.Relatie[0]!.Contact.Adres!.Postcode;
    expect(inEnglish(CD005.check(message, context()))).toEqual([
      expect.objectContaining({ rule: 'CD005', path: '/Bericht/Client/Relaties/Relatie[1]/Contact', message: expect.stringMatching(/LandCode NL but no Postcode/) }),
    ]);
  });
});
