import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS036 } from './rs036.rule';

describe('RS036 Vullen met 8 cijfers.', () => {
  it('passes AGB-codes of 8 digits', () => {
    const message = okFixture('WMO315', 'vot-rijswijk-financien.xml');
    expect(RS036.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for a ZorgverlenerCode of 7 digits', () => {
    const message = changed(okFixture('WMO315', 'vot-rijswijk-financien.xml'), (b) => {
      b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer.ZorgverlenerCode = '1104567';
    });
    expect(inEnglish(RS036.check(message, context()))).toEqual([
      { rule: 'RS036', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', message: expect.stringContaining('Verwijzer/ZorgverlenerCode "1104567" is not exactly 8 digits') },
    ]);
  });
});
