import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS014 } from './rs014.rule';

describe('RS014 Maximale lengte 8 posities', () => {
  it('passes an AGB-code of 8 positions', () => {
    const message = okFixture('WMO319', 'antwoord-rijswijk-in-onderzoek.xml');
    expect(RS014.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Header for an Ontvanger of 9 positions', () => {
    const message = changed(okFixture('WMO319', 'antwoord-rijswijk-in-onderzoek.xml'), (b) => {
      b.Header.Ontvanger = '123456789';
    });
    expect(inEnglish(RS014.check(message, context()))).toEqual([
      { rule: 'RS014', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('Ontvanger "123456789" is 9 characters long (RS014); at most 8 are allowed') },
    ]);
  });
});
