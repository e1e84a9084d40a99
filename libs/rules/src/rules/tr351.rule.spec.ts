import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR351 } from './tr351.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR351 every TeWijzigenProduct is an actuele toewijzing of the client', () => {
  const toewijzingen = new FakeToewijzingState()
    .withProduct({ toewijzingNummer: '1' })
    .withProduct({ toewijzingNummer: '4', ingangsdatum: '2026-07-01', einddatum: '2026-07-01', redenWijziging: '13', toewijzingsdatum: '2026-06-01' });
  const judge = (nummers: string[]) =>
    inEnglish(
      TR351.check(
        wmo317({ TeWijzigenProducten: { TeWijzigenProduct: nummers.map((ToewijzingNummer) => ({ ToewijzingNummer, GewensteIngangsdatum: '2026-07-01' })) } }, { dagtekening: '2026-06-10' }),
        context({ state: fakeState({ toewijzingen }) }),
      ),
    );

  it('passes an actuele toewijzing of the client', () => {
    expect(judge(['1'])).toEqual([]);
  });

  it('gives 9351 on a TeWijzigenProduct of a withdrawn toewijzing', () => {
    expect(judge(['1', '4'])).toEqual([
      {
        rule: 'TR351',
        retourcode: '9351',
        path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]',
        message: expect.stringMatching(/ToewijzingNummer 4 is not an actuele toewijzing of this client: the gemeente withdrew it \(RedenWijziging 13/),
      },
    ]);
  });
});
