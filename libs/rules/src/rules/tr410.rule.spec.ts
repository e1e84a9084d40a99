import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR410 } from './tr410.rule';

describe('TR410 a product occurs more than once among the NieuwProducten only without overlap', () => {
  // One NieuwProduct: 01A02 (categorie 01), 2026-06-01 to 2026-12-31.
  const verzoek = okFixture('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml');

  it('passes a second NieuwProduct of another categorie in the same period', () => {
    const message = changed(verzoek, (b) => {
      const nieuw = b.Client.Verzoek.NieuweProducten!.NieuwProduct;
      nieuw.push({ ...structuredClone(nieuw[0]!), Product: { Categorie: '02', Code: '02A06' } });
    });
    expect(TR410.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the later NieuwProduct when the same product overlaps', () => {
    const message = changed(verzoek, (b) => {
      const nieuw = b.Client.Verzoek.NieuweProducten!.NieuwProduct;
      nieuw.push({ ...structuredClone(nieuw[0]!), GewensteIngangsdatum: '2026-12-31', Einddatum: '2027-03-31' });
    });
    expect(inEnglish(TR410.check(message, context()))).toEqual([
      {
        rule: 'TR410',
        retourcode: '0001',
        path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]',
        message: expect.stringContaining('NieuwProduct[2] (product 01A02 (categorie 01), 2026-12-31 to 2027-03-31) overlaps NieuwProduct[1]'),
      },
    ]);
  });
});
