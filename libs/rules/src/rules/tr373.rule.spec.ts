import type { Wmo317TeWijzigenProduct } from '@lib/iwmo';
import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR373 } from './tr373.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR373 a change of Budget or of a total Omvang starts on the Ingangsdatum of the toewijzing', () => {
  const toewijzingen = new FakeToewijzingState()
    .withProduct({ toewijzingNummer: '1', productCategorie: '02', productCode: null, omvang: null, budget: '500000', ingangsdatum: '2026-01-01' })
    .withProduct({ toewijzingNummer: '2', omvang: { volume: '80', eenheid: '04', frequentie: '6' }, ingangsdatum: '2026-01-01' })
    .withProduct({ toewijzingNummer: '3', omvang: { volume: '3', eenheid: '04', frequentie: '2' }, ingangsdatum: '2026-01-01' });
  const judge = (p: Partial<Wmo317TeWijzigenProduct>) =>
    inEnglish(
      TR373.check(
        wmo317({ TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: '1', GewensteIngangsdatum: '2026-07-01', ...p }] } }),
        context({ state: fakeState({ toewijzingen }) }),
      ),
    );

  it('passes a Budget change from the Ingangsdatum, the same Budget later, and a weekly Omvang change later', () => {
    expect(judge({ Budget: '600000', GewensteIngangsdatum: '2026-01-01', Einddatum: '2026-12-31' })).toEqual([]);
    expect(judge({ Budget: '0500000', Einddatum: '2026-12-31' })).toEqual([]);
    expect(judge({ ToewijzingNummer: '3', Omvang: { Volume: '5', Eenheid: '04', Frequentie: '2' } })).toEqual([]);
  });

  it('gives 9373 on a Budget change that does not start on the Ingangsdatum', () => {
    expect(judge({ Budget: '600000' })).toEqual([
      {
        rule: 'TR373',
        retourcode: '9373',
        path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
        message: expect.stringMatching(/changes the Budget \(from 500000 to 600000 eurocent\) of toewijzing 1.*Ingangsdatum 2026-01-01, not 2026-07-01/),
      },
    ]);
  });

  it('gives 9373 on a change of a total over the toewijzing (Frequentie 6) that does not start on the Ingangsdatum', () => {
    expect(judge({ ToewijzingNummer: '2', Omvang: { Volume: '100', Eenheid: '04', Frequentie: '6' } })).toEqual([
      expect.objectContaining({ retourcode: '9373', message: expect.stringMatching(/total Omvang over the toewijzing/) }),
    ]);
  });
});
