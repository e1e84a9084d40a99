import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR380 } from './tr380.rule';

describe('TR380 a date after the Dagtekening (Einddatum of a TeWijzigenProduct)', () => {
  const verzoek = okFixture('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml'); // Dagtekening 2026-05-12, Einddatum 2026-05-31

  it('passes an Einddatum after the Dagtekening, with a GewensteIngangsdatum in the past', () => {
    expect(TR380.check(verzoek, context())).toEqual([]);
  });

  it('gives 0001 on the TeWijzigenProduct for an Einddatum on the Dagtekening', () => {
    const message = changed(verzoek, (b) => {
      b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Einddatum = '2026-05-12';
    });
    expect(inEnglish(TR380.check(message, context()))).toEqual([
      {
        rule: 'TR380',
        retourcode: '0001',
        path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
        message: expect.stringContaining('TeWijzigenProduct[1] Einddatum 2026-05-12 is not after the Dagtekening 2026-05-12 of the verzoek'),
      },
    ]);
  });
});
