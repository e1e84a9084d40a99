import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS047 } from './rs047.rule';

describe('RS047 Vullen met BerichtCode volgens de specificatie', () => {
  it('passes BerichtCode 484 in a declaratie', () => {
    const message = okFixture('WMO323', 'declaratie-delft-maart.xml');
    expect(RS047.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Header for the BerichtCode of another message', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Header.BerichtCode = '485';
    });
    expect(inEnglish(RS047.check(message, context()))).toEqual([
      { rule: 'RS047', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('BerichtCode "485" is not the BerichtCode of a WMO323 (Declaratie) (RS047); fill 484.') },
    ]);
  });
});
