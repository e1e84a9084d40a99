import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS023 } from './rs023.rule';

describe('RS023 Maximale lengte 35 posities', () => {
  it('passes an Organisatie of 35 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Contactgegevens.Contact[0]!.Organisatie = 'Stichting Wonen en Welzijn Delft 01';
    });
    expect(RS023.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact for an Organisatie of 36 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Contactgegevens.Contact[0]!.Organisatie = 'Stichting Wonen en Welzijn Delft 012';
    });
    expect(inEnglish(RS023.check(message, context()))).toEqual([
      { rule: 'RS023', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[1]', message: expect.stringContaining('Organisatie "Stichting Wonen en Welzijn Delft 012" is 36 characters long (RS023); at most 35 are allowed') },
    ]);
  });
});
