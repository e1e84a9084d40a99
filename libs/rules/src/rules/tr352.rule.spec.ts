import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR352 } from './tr352.rule';

describe('TR352 a VOW has at least one OngewijzigdProduct or TeWijzigenProduct', () => {
  const verzoek = okFixture('WMO317', 'vow-rijswijk-nieuw-product-ongewone-prefixen.xml'); // one OngewijzigdProduct, one NieuwProduct

  it('passes a VOW that lists the current toewijzing as unchanged', () => {
    expect(TR352.check(verzoek, context())).toEqual([]);
  });

  it('gives 0001 on the Verzoek when it has only NieuwProducten', () => {
    const message = changed(verzoek, (b) => {
      delete b.Client.Verzoek.OngewijzigdeProducten;
    });
    expect(inEnglish(TR352.check(message, context()))).toEqual([
      {
        rule: 'TR352',
        retourcode: '0001',
        path: '/Bericht/Client/Verzoek',
        message: expect.stringContaining('The Verzoek has no OngewijzigdProduct and no TeWijzigenProduct'),
      },
    ]);
  });
});
