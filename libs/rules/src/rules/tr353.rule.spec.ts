import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR353 } from './tr353.rule';

describe('TR353 a VOW has at least one TeWijzigenProduct or NieuwProduct', () => {
  const verzoek = okFixture('WMO317', 'vow-rijswijk-nieuw-product-ongewone-prefixen.xml'); // one OngewijzigdProduct, one NieuwProduct

  it('passes a VOW that asks a new product', () => {
    expect(TR353.check(verzoek, context())).toEqual([]);
  });

  it('gives 0001 on the Verzoek when it changes nothing', () => {
    const message = changed(verzoek, (b) => {
      delete b.Client.Verzoek.NieuweProducten;
    });
    expect(inEnglish(TR353.check(message, context()))).toEqual([
      {
        rule: 'TR353',
        retourcode: '0001',
        path: '/Bericht/Client/Verzoek',
        message: expect.stringContaining('The Verzoek has no TeWijzigenProduct and no NieuwProduct'),
      },
    ]);
  });
});
