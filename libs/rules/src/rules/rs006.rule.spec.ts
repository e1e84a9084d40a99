import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS006 } from './rs006.rule';

describe('RS006 Maximale waarde 999999999 (9*9)', () => {
  it('passes a ToewijzingNummer of 999999999', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.StartProducten.StartProduct[1]!.ToewijzingNummer = '999999999';
    });
    expect(RS006.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the StartProduct for a ToewijzingNummer of ten digits', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.StartProducten.StartProduct[1]!.ToewijzingNummer = '1000000000';
    });
    expect(inEnglish(RS006.check(message, context()))).toEqual([
      { rule: 'RS006', retourcode: '0001', path: '/Bericht/Client/StartProducten/StartProduct[2]', message: expect.stringContaining('ToewijzingNummer "1000000000" is above the maximum of 999999999') },
    ]);
  });
});
