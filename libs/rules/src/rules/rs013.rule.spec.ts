import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS013 } from './rs013.rule';

describe('RS013 Maximale lengte 6 posities', () => {
  it('passes six Voorletters', () => {
    const message = changed(okFixture('WMO315', 'vot-delft-stapeling-default-ns.xml'), (b) => {
      b.Client.Naam.Voorletters = 'ABCDEF';
    });
    expect(RS013.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for seven Voorletters', () => {
    const message = changed(okFixture('WMO315', 'vot-delft-stapeling-default-ns.xml'), (b) => {
      b.Client.Naam.Voorletters = 'ABCDEFG';
    });
    expect(inEnglish(RS013.check(message, context()))).toEqual([
      { rule: 'RS013', retourcode: '0001', path: '/Bericht/Client', message: expect.stringContaining('Naam/Voorletters "ABCDEFG" is 7 characters long (RS013); at most 6 are allowed') },
    ]);
  });
});
