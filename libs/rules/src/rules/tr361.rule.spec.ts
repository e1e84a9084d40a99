import type { Wmo317Verzoek } from '@lib/iwmo';
import { findingMessage } from '../rule';
import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR361 } from './tr361.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR361 a Product appears more than once in a verzoek om wijziging only for periods that do not overlap', () => {
  const toewijzingen = new FakeToewijzingState()
    .withProduct({ toewijzingNummer: '910', productCategorie: '01', productCode: '01A01', ingangsdatum: '2025-03-01', einddatum: '2025-12-31' })
    .withProduct({ toewijzingNummer: '789', productCategorie: '02', productCode: null, ingangsdatum: '2025-03-01', einddatum: '2025-12-31' })
    .withProduct({ toewijzingNummer: '600', productCategorie: '12', productCode: '12V01', ingangsdatum: '2025-01-01', einddatum: null });
  const judge = (verzoek: Partial<Wmo317Verzoek>) => inEnglish(TR361.check(wmo317(verzoek, { dagtekening: '2025-10-10' }), context({ state: fakeState({ toewijzingen }) })));

  it('passes the same product for a following period (IV092 example 2b)', () => {
    expect(
      judge({
        OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: '910' }] },
        NieuweProducten: { NieuwProduct: [{ Product: { Categorie: '01', Code: '01A01' }, GewensteIngangsdatum: '2026-01-01', Einddatum: '2026-07-01' }] },
      }),
    ).toEqual([]);
  });

  it('passes overlaps of other codes, and of categories 11-14 (also with a generieke toewijzing)', () => {
    expect(
      judge({
        OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: '910' }, { ToewijzingNummer: '600' }] },
        NieuweProducten: {
          NieuwProduct: [
            { Product: { Categorie: '01', Code: '01A02' }, GewensteIngangsdatum: '2025-11-01' },
            { Product: { Categorie: '12', Code: '12V01' }, GewensteIngangsdatum: '2025-11-01' },
          ],
        },
      }),
    ).toEqual([]);
  });

  it('gives 9361 on a NieuwProduct overlapping a TeWijzigenProduct of the same product', () => {
    expect(
      judge({
        TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: '910', GewensteIngangsdatum: '2025-11-01', Einddatum: '2026-03-31' }] },
        NieuweProducten: { NieuwProduct: [{ Product: { Categorie: '01', Code: '01A01' }, GewensteIngangsdatum: '2026-01-01' }] },
      }),
    ).toEqual([
      {
        rule: 'TR361',
        retourcode: '9361',
        path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]',
        message: expect.stringMatching(/NieuwProduct 1 \(Product 01\/01A01, 2026-01-01 to open\) overlaps TeWijzigenProduct 910 \(Product 01\/01A01, 2025-03-01 to 2026-03-31\)/),
      },
    ]);
  });

  it('says the finding in Dutch by default, an open period as zonder einddatum', () => {
    const message = wmo317(
      {
        OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: '910' }] },
        NieuweProducten: { NieuwProduct: [{ GewensteIngangsdatum: '2025-11-01', Budget: '100000' }] },
      },
      { dagtekening: '2025-10-10' },
    );
    expect(TR361.check(message, context({ state: fakeState({ toewijzingen }) })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'NieuwProduct 1 (geen Product, 2025-11-01 zonder einddatum) overlapt OngewijzigdProduct 910 (Product 01/01A01, 2025-03-01 tot en met 2025-12-31). ' +
        'Hetzelfde product mag alleen vaker voorkomen voor perioden die elkaar niet overlappen; pas de Einddatum of de GewensteIngangsdatum aan.',
    ]);
  });

  it('compares on ProductCategorie when a Code is missing, and a generieke product with anything outside 11-14', () => {
    const aspecifiek = judge({
      OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: '789' }] },
      NieuweProducten: { NieuwProduct: [{ Product: { Categorie: '02', Code: '02A05' }, GewensteIngangsdatum: '2025-11-01' }] },
    });
    expect(aspecifiek).toEqual([expect.objectContaining({ retourcode: '9361', path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' })]);
    const generiek = judge({
      OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: '910' }, { ToewijzingNummer: '600' }] },
      NieuweProducten: { NieuwProduct: [{ GewensteIngangsdatum: '2025-11-01', Budget: '100000' }] },
    });
    expect(generiek).toEqual([expect.objectContaining({ retourcode: '9361', message: expect.stringMatching(/no Product.*overlaps OngewijzigdProduct 910/) })]);
  });
});
