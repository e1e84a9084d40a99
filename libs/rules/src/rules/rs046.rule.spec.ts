import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS046 } from './rs046.rule';

describe('RS046 Aaneengesloten vullen met cijfers.', () => {
  it('passes a Telefoonnummer of digits', () => {
    const message = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    expect(RS046.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact for a Telefoonnummer with a dash', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Contactgegevens.Contact[0]!.Telefoon!.Telefoon01.Telefoonnummer = '015-2145678';
    });
    expect(inEnglish(RS046.check(message, context()))).toEqual([
      { rule: 'RS046', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[1]', message: expect.stringContaining('Telefoon/Telefoon01/Telefoonnummer "015-2145678" contains characters other than digits') },
    ]);
  });
});
