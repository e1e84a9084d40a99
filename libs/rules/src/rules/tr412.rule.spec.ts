import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR412 } from './tr412.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR412 no Omvang in a TeWijzigenProduct of an aspecifieke toewijzing (Categorie without Code)', () => {
  const toewijzingen = new FakeToewijzingState()
    .withProduct({ toewijzingNummer: '1', productCategorie: '02', productCode: null, omvang: null, budget: '100000' })
    .withProduct({ toewijzingNummer: '2', productCategorie: '02', productCode: '02A02' })
    .withProduct({ toewijzingNummer: '3', productCategorie: null, productCode: null, omvang: null, budget: '100000' });
  const judge = (nummer: string, omvang = true) =>
    inEnglish(TR412.check(
      wmo317({
        TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: nummer, GewensteIngangsdatum: '2026-07-01', ...(omvang ? { Omvang: { Volume: '2', Eenheid: '82', Frequentie: '4' } } : { Budget: '1' }) }] },
      }),
      context({ state: fakeState({ toewijzingen }) }),
    ));

  it('passes an Omvang for a specifieke toewijzing and a Budget for an aspecifieke one; a generieke one is TR375', () => {
    expect(judge('2')).toEqual([]);
    expect(judge('1', false)).toEqual([]);
    expect(judge('3')).toEqual([]);
  });

  it('gives 9412 on an Omvang for an aspecifieke toewijzing', () => {
    expect(judge('1')).toEqual([
      {
        rule: 'TR412',
        retourcode: '9412',
        path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
        message: expect.stringMatching(/aspecifiek \(ProductCategorie 02 without Code\)/),
      },
    ]);
  });
});
