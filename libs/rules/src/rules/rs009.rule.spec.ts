import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS009 } from './rs009.rule';

describe('RS009 Maximale lengte 2 posities', () => {
  it('passes two-position codes', () => {
    const message = okFixture('WMO307', 'stop-midden-delfland-overstap.xml');
    expect(RS009.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the StopProduct for a RedenBeeindiging of three positions', () => {
    const message = changed(okFixture('WMO307', 'stop-midden-delfland-overstap.xml'), (b) => {
      b.Client.StopProducten.StopProduct[0]!.RedenBeeindiging = '038' as never;
    });
    expect(inEnglish(RS009.check(message, context()))).toEqual([
      { rule: 'RS009', retourcode: '0001', path: '/Bericht/Client/StopProducten/StopProduct[1]', message: expect.stringContaining('RedenBeeindiging "038" is 3 characters long (RS009); at most 2 are allowed') },
    ]);
  });
});
