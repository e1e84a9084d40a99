import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR375 } from './tr375.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR375 no Omvang in a TeWijzigenProduct of a generieke toewijzing (no Product)', () => {
  const toewijzingen = new FakeToewijzingState()
    .withProduct({ toewijzingNummer: '1', productCategorie: null, productCode: null, omvang: null, budget: '100000', einddatum: null })
    .withProduct({ toewijzingNummer: '2', productCategorie: '02', productCode: null, omvang: null, budget: '100000' })
    .withProduct({ toewijzingNummer: '3', productCategorie: null, productCode: null, ingangsdatum: '2020-01-01', einddatum: '2020-06-30' });
  const judge = (nummer: string, einddatum?: string) =>
    inEnglish(
      TR375.check(
        wmo317({ TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: nummer, GewensteIngangsdatum: '2026-07-01', Einddatum: einddatum, Omvang: { Volume: '2', Eenheid: '82', Frequentie: '4' } }] } }),
        context({ state: fakeState({ toewijzingen }) }),
      ),
    );

  it('passes an Omvang for a toewijzing with a Product, and for one that ended in 2020', () => {
    expect(judge('2')).toEqual([]);
    expect(judge('3')).toEqual([]);
  });

  it('gives 9375 on an Omvang for a generieke toewijzing ending after 2020 or open', () => {
    expect(judge('1', '2026-12-31')).toEqual([
      {
        rule: 'TR375',
        retourcode: '9375',
        path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
        message: expect.stringMatching(/Toewijzing 1 is generiek \(no Product\)/),
      },
    ]);
  });
});
