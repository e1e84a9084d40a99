import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS020 } from './rs020.rule';

describe('RS020 Maximale lengte 24 posities', () => {
  it('passes a Straatnaam of 24 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Contactgegevens.Contact[0]!.Adres!.Straatnaam = 'Burgemeester Jonkheerstr';
    });
    expect(RS020.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact for a Straatnaam of 25 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Contactgegevens.Contact[0]!.Adres!.Straatnaam = 'Burgemeester Jonkheerstra';
    });
    expect(inEnglish(RS020.check(message, context()))).toEqual([
      { rule: 'RS020', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[1]', message: expect.stringContaining('Adres/Straatnaam "Burgemeester Jonkheerstra" is 25 characters long (RS020); at most 24 are allowed') },
    ]);
  });
});
