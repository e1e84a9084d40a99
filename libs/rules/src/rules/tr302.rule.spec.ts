import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR302 } from './tr302.rule';

describe('TR302 a product occurs more than once in a toewijzing only without overlap', () => {
  // Two ToegewezenProducten, 01A02 (categorie 01) and 02A02 (categorie 02), both 2026-02-01 to 2026-12-31.
  const toewijzing = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
  const second = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]';

  it('passes different products in the same period', () => {
    expect(TR302.check(toewijzing, context())).toEqual([]);
  });

  it('passes the same product in periods that follow each other', () => {
    const message = changed(toewijzing, (b) => {
      const products = b.Client.ToegewezenProducten.ToegewezenProduct;
      products[0]!.Einddatum = '2026-06-30';
      products[1]!.Product = { Categorie: '01', Code: '01A02' };
      products[1]!.Ingangsdatum = '2026-07-01';
    });
    expect(TR302.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the later ToegewezenProduct when the same product overlaps', () => {
    const message = changed(toewijzing, (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Product = { Categorie: '01', Code: '01A02' };
    });
    expect(inEnglish(TR302.check(message, context()))).toEqual([
      {
        rule: 'TR302',
        retourcode: '0001',
        path: second,
        message: expect.stringContaining(
          'ToegewezenProduct[2] (product 01A02 (categorie 01), 2026-02-01 to 2026-12-31) overlaps ToegewezenProduct[1] (product 01A02 (categorie 01), 2026-02-01 to 2026-12-31) and it is the same product',
        ),
      },
    ]);
  });

  it('compares by categorie when a product code is missing', () => {
    const message = changed(toewijzing, (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Product = { Categorie: '01' };
    });
    expect(inEnglish(TR302.check(message, context()))).toEqual([expect.objectContaining({ path: second, message: expect.stringContaining('both are in categorie 01') })]);
  });

  it('lets a toewijzing without Product overlap nothing but categories 11-14', () => {
    const withoutProduct = changed(toewijzing, (b) => {
      delete b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Product;
    });
    expect(inEnglish(TR302.check(withoutProduct, context()))).toEqual([expect.objectContaining({ path: second })]);
    const besideHulpmiddel = changed(withoutProduct, (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Product = { Categorie: '12', Code: '12A01' };
    });
    expect(TR302.check(besideHulpmiddel, context())).toEqual([]);
  });

  it('lets products of categories 11-14 overlap', () => {
    const message = changed(toewijzing, (b) => {
      for (const p of b.Client.ToegewezenProducten.ToegewezenProduct) p.Product = { Categorie: '11', Code: '11A01' };
    });
    expect(TR302.check(message, context())).toEqual([]);
  });

  it('leaves out a withdrawn toewijzing (Einddatum = Ingangsdatum, RedenWijziging 13)', () => {
    const message = changed(toewijzing, (b) => {
      const withdrawn = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
      withdrawn.Einddatum = withdrawn.Ingangsdatum;
      withdrawn.RedenWijziging = '13';
      b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Product = { Categorie: '01', Code: '01A02' };
    });
    expect(TR302.check(message, context())).toEqual([]);
  });
});
