import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD034 } from './cd034.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD034 Postcode required for a BRP-adres (01) or verblijfadres (03)', () => {
  it('passes a BRP-adres with Postcode', () => {
    expect(CD034.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
  });

  it('passes a correspondentie-adres (02) without Postcode', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    delete message.bericht.Client.Relaties!.Relatie[0]!.Contact.Adres!.Postcode;
    expect(CD034.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact for a BRP-adres without Postcode', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    delete message.bericht.Client.Contactgegevens.Contact[0]!.Adres!.Postcode;
    expect(inEnglish(CD034.check(message, context()))).toEqual([
      { rule: 'CD034', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[1]', message: expect.stringMatching(/Soort 01 \(BRP-adres\) has no Postcode/) },
    ]);
  });

  it('gives 0001 for a verblijfadres without any Adres', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.Contactgegevens.Contact.push({ Soort: '03', Organisatie: 'Zorghotel' });
    expect(inEnglish(CD034.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Contactgegevens/Contact[2]', message: expect.stringMatching(/verblijfadres/) })]);
  });
});
