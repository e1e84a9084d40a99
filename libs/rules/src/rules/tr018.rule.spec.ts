import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR018 } from './tr018.rule';

describe('TR018 Einddatum not before Begindatum', () => {
  const stop = okFixture('WMO307', 'stop-midden-delfland-overstap.xml'); // Begindatum 2026-01-05

  it('passes an Einddatum equal to the Begindatum', () => {
    const message = changed(stop, (b) => {
      b.Client.StopProducten.StopProduct[0]!.Einddatum = '2026-01-05';
    });
    expect(TR018.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the StopProduct for an Einddatum before the Begindatum', () => {
    const message = changed(stop, (b) => {
      b.Client.StopProducten.StopProduct[0]!.Einddatum = '2026-01-04';
    });
    expect(inEnglish(TR018.check(message, context()))).toEqual([
      {
        rule: 'TR018',
        retourcode: '0001',
        path: '/Bericht/Client/StopProducten/StopProduct[1]',
        message: expect.stringContaining('StopProduct Einddatum 2026-01-04 lies before its Begindatum 2026-01-05'),
      },
    ]);
  });
});
