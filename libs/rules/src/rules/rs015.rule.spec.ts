import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS015 } from './rs015.rule';

describe('RS015 Maximale lengte 9 posities', () => {
  it('passes a Bsn of 9 positions', () => {
    const message = okFixture('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml');
    expect(RS015.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for a Bsn of 10 positions', () => {
    const message = changed(okFixture('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml'), (b) => {
      b.Client.Bsn = '9999900560';
    });
    expect(inEnglish(RS015.check(message, context()))).toEqual([
      { rule: 'RS015', retourcode: '0001', path: '/Bericht/Client', message: expect.stringContaining('Bsn "9999900560" is 10 characters long (RS015); at most 9 are allowed') },
    ]);
  });
});
