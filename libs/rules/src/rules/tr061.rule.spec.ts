import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR061 } from './tr061.rule';

describe('TR061 a Client has an address of Soort 01, 02 or 03', () => {
  const toewijzing = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');

  it('passes a client with a BRP-adres', () => {
    expect(TR061.check(toewijzing, context())).toEqual([]);
  });

  it('gives 0001 on the Client when it has only a tijdelijk verblijfadres', () => {
    const message = changed(toewijzing, (b) => {
      b.Client.Contactgegevens.Contact[0]!.Soort = '04';
    });
    expect(inEnglish(TR061.check(message, context()))).toEqual([
      {
        rule: 'TR061',
        retourcode: '0001',
        path: '/Bericht/Client',
        message: expect.stringContaining("The client's Contactgegevens have only Contact Soort 04"),
      },
    ]);
  });
});
