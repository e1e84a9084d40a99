import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS010 } from './rs010.rule';

describe('RS010 Maximale lengte 3 posities', () => {
  it('passes BerichtCode 482', () => {
    const message = okFixture('WMO319', 'antwoord-rijswijk-in-onderzoek.xml');
    expect(RS010.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Header for a BerichtCode of four positions', () => {
    const message = changed(okFixture('WMO319', 'antwoord-rijswijk-in-onderzoek.xml'), (b) => {
      b.Header.BerichtCode = '4820';
    });
    expect(inEnglish(RS010.check(message, context()))).toEqual([
      { rule: 'RS010', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('BerichtCode "4820" is 4 characters long (RS010); at most 3 are allowed') },
    ]);
  });
});
