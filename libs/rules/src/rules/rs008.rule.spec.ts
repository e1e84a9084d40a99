import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS008 } from './rs008.rule';

describe('RS008 Maximale lengte 1 positie', () => {
  it('passes one-position codes', () => {
    const message = okFixture('WMO305', 'start-delft-twee-producten.xml');
    expect(RS008.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for a Geslacht of two positions', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.Geslacht = '12' as never;
    });
    expect(inEnglish(RS008.check(message, context()))).toEqual([
      { rule: 'RS008', retourcode: '0001', path: '/Bericht/Client', message: expect.stringContaining('Geslacht "12" is 2 characters long (RS008); at most 1 is allowed') },
    ]);
  });
});
