import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR386 } from './tr386.rule';

describe('TR386 a product occurs more than once in a verzoek om toewijzing only without overlap', () => {
  // 01A02 from 2026-05-01 to 2027-04-30 and 02A05 from 2026-05-01 to 2026-10-31.
  const verzoek = okFixture('WMO315', 'vot-delft-stapeling-default-ns.xml');

  it('passes different products in overlapping periods (stapeling)', () => {
    expect(TR386.check(verzoek, context())).toEqual([]);
  });

  it('gives 0001 on the later AangevraagdProduct when the same product overlaps, an open end included', () => {
    const message = changed(verzoek, (b) => {
      const later = b.Client.AangevraagdeProducten.AangevraagdProduct[1]!;
      later.Product = { Categorie: '01', Code: '01A02' };
      later.ToewijzingIngangsdatum = '2027-04-30';
      delete later.ToewijzingEinddatum;
    });
    expect(inEnglish(TR386.check(message, context()))).toEqual([
      {
        rule: 'TR386',
        retourcode: '0001',
        path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]',
        message: expect.stringContaining('AangevraagdProduct[2] (product 01A02 (categorie 01), 2027-04-30 onwards (no end date)) overlaps AangevraagdProduct[1]'),
      },
    ]);
  });

  it('passes the same product when the later period starts the day after the earlier one ends', () => {
    const message = changed(verzoek, (b) => {
      const later = b.Client.AangevraagdeProducten.AangevraagdProduct[1]!;
      later.Product = { Categorie: '01', Code: '01A02' };
      later.ToewijzingIngangsdatum = '2027-05-01';
      delete later.ToewijzingEinddatum;
    });
    expect(TR386.check(message, context())).toEqual([]);
  });
});
