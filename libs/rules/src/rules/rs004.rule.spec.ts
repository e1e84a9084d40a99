import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS004 } from './rs004.rule';

describe('RS004 Maximale waarde 99999 (5*9)', () => {
  it('passes Huisnummer 99999', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Contactgegevens.Contact[0]!.Adres!.Huis!.Huisnummer = '99999';
    });
    expect(RS004.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact for Huisnummer 100000', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Contactgegevens.Contact[0]!.Adres!.Huis!.Huisnummer = '100000';
    });
    expect(inEnglish(RS004.check(message, context()))).toEqual([
      { rule: 'RS004', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[1]', message: expect.stringContaining('Adres/Huis/Huisnummer "100000" is above the maximum of 99999') },
    ]);
  });
});
