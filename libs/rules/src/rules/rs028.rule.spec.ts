import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS028 } from './rs028.rule';

describe('RS028 Maximale lengte 200 posities', () => {
  it('passes an Achternaam of 200 positions', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.Naam.Geslachtsnaam.Achternaam = 'B'.repeat(200);
    });
    expect(RS028.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for an Achternaam of 201 positions', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.Naam.Geslachtsnaam.Achternaam = 'B'.repeat(201);
    });
    expect(inEnglish(RS028.check(message, context()))).toEqual([
      { rule: 'RS028', retourcode: '0001', path: '/Bericht/Client', message: expect.stringContaining('is 201 characters long (RS028); at most 200 are allowed') },
    ]);
  });
});
