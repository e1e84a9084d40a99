import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR383 } from './tr383.rule';

describe('TR383 ReferentieAanbieder unique per AangevraagdProduct', () => {
  const verzoek = okFixture('WMO315', 'vot-delft-stapeling-default-ns.xml');

  it('passes AangevraagdProducten with their own ReferentieAanbieder', () => {
    expect(TR383.check(verzoek, context())).toEqual([]);
  });

  it('gives 0001 on the second AangevraagdProduct with the same ReferentieAanbieder', () => {
    const message = changed(verzoek, (b) => {
      b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.ReferentieAanbieder = 'ZD-2026-0311-1';
    });
    expect(inEnglish(TR383.check(message, context()))).toEqual([
      {
        rule: 'TR383',
        retourcode: '0001',
        path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]',
        message: expect.stringContaining('AangevraagdProduct[2] has ReferentieAanbieder ZD-2026-0311-1, already used by AangevraagdProduct[1]'),
      },
    ]);
  });
});
