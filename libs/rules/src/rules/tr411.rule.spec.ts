import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR411 } from './tr411.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR411 a TeWijzigenProduct of a specifieke toewijzing gives the Omvang', () => {
  const toewijzingen = new FakeToewijzingState()
    .withProduct({ toewijzingNummer: '1', productCategorie: '01', productCode: '01A02' })
    .withProduct({ toewijzingNummer: '2', productCategorie: '02', productCode: null, omvang: null, budget: '100000' });
  const judge = (nummer: string, omvang: boolean) =>
    inEnglish(TR411.check(
      wmo317({
        TeWijzigenProducten: {
          TeWijzigenProduct: [{ ToewijzingNummer: nummer, GewensteIngangsdatum: '2026-07-01', ...(omvang ? { Omvang: { Volume: '2', Eenheid: '82', Frequentie: '4' } } : { Budget: '200000' }) }],
        },
      }),
      context({ state: fakeState({ toewijzingen }) }),
    ));

  it('passes an Omvang for a specifieke toewijzing, and no Omvang for an aspecifieke one', () => {
    expect(judge('1', true)).toEqual([]);
    expect(judge('2', false)).toEqual([]);
  });

  it('gives 9411 when the Omvang is missing for a toewijzing with a product Code', () => {
    expect(judge('1', false)).toEqual([
      {
        rule: 'TR411',
        retourcode: '9411',
        path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
        message: expect.stringMatching(/Toewijzing 1 is for a specific product \(01\/01A02\)/),
      },
    ]);
  });
});
