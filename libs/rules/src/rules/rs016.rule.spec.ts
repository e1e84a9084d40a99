import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS016 } from './rs016.rule';

describe('RS016 Maximale lengte 10 posities', () => {
  it('passes Voorvoegsel "de"', () => {
    const message = okFixture('WMO307', 'stop-midden-delfland-overstap.xml');
    expect(RS016.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for a Voorvoegsel of 11 positions', () => {
    const message = changed(okFixture('WMO307', 'stop-midden-delfland-overstap.xml'), (b) => {
      b.Client.Naam.Geslachtsnaam.Voorvoegsel = 'van den der';
    });
    expect(inEnglish(RS016.check(message, context()))).toEqual([
      { rule: 'RS016', retourcode: '0001', path: '/Bericht/Client', message: expect.stringContaining('Naam/Geslachtsnaam/Voorvoegsel "van den der" is 11 characters long (RS016); at most 10 are allowed') },
    ]);
  });
});
