import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS035 } from './rs035.rule';

describe('RS035 Vullen met 4 cijfers.', () => {
  it('passes gemeentecode 0503', () => {
    const message = okFixture('WMO305', 'start-delft-twee-producten.xml');
    expect(RS035.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Header for a gemeentecode without its leading zero', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Header.Ontvanger = '503';
    });
    expect(inEnglish(RS035.check(message, context()))).toEqual([
      { rule: 'RS035', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('Ontvanger "503" is not exactly 4 digits (RS035); fill the CBS gemeentecode as 4 digits, including leading zeros') },
    ]);
  });
});
