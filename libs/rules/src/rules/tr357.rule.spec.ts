import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR357 } from './tr357.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR357 a change not in the future starts on the Ingangsdatum of the toewijzing', () => {
  const toewijzingen = new FakeToewijzingState().withProduct({ toewijzingNummer: '260102', ingangsdatum: '2026-02-01' });
  const judge = (gewenst: string) =>
    inEnglish(
      TR357.check(
        wmo317({ TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: '260102', GewensteIngangsdatum: gewenst }] } }, { dagtekening: '2026-09-24' }),
        context({ state: fakeState({ toewijzingen }) }),
      ),
    );

  it('passes a GewensteIngangsdatum after the Dagtekening, or equal to the Ingangsdatum', () => {
    expect(judge('2026-10-01')).toEqual([]);
    expect(judge('2026-02-01')).toEqual([]);
  });

  it('gives 9357 on a GewensteIngangsdatum on or before the Dagtekening that is not the Ingangsdatum', () => {
    expect(judge('2026-09-24')).toEqual([
      {
        rule: 'TR357',
        retourcode: '9357',
        path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
        message: expect.stringMatching(/GewensteIngangsdatum 2026-09-24 of toewijzing 260102 is not after the Dagtekening 2026-09-24.*Ingangsdatum 2026-02-01/),
      },
    ]);
  });
});
