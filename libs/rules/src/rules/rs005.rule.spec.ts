import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS005 } from './rs005.rule';

describe('RS005 Maximale waarde 99999999 (8*9)', () => {
  it('passes a Volume of 99999999', () => {
    const message = changed(okFixture('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml'), (b) => {
      b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang!.Volume = '99999999';
    });
    expect(RS005.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the TeWijzigenProduct for a Volume of 100000000', () => {
    const message = changed(okFixture('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml'), (b) => {
      b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang!.Volume = '100000000';
    });
    expect(inEnglish(RS005.check(message, context()))).toEqual([
      { rule: 'RS005', retourcode: '0001', path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]', message: expect.stringContaining('Omvang/Volume "100000000" is above the maximum of 99999999') },
    ]);
  });
});
