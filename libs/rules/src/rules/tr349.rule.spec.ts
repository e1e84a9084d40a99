import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR349 } from './tr349.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR349 a verzoek om wijziging holds every actuele toewijzing of the client', () => {
  const toewijzingen = new FakeToewijzingState()
    .withProduct({ toewijzingNummer: '1', einddatum: '2026-12-31' })
    .withProduct({ toewijzingNummer: '2', einddatum: null })
    .withProduct({ toewijzingNummer: '3', einddatum: '2026-05-31' }) // ended before the Dagtekening
    .withProduct({ toewijzingNummer: '4', ingangsdatum: '2026-07-01', einddatum: '2026-07-01', redenWijziging: '13' }) // withdrawn
    .withProduct({ toewijzingNummer: '5', bsn: '999990032' }); // another client
  const judge = (message: Parameters<typeof TR349.check>[0]) => inEnglish(TR349.check(message, context({ state: fakeState({ toewijzingen }) })));
  const dagtekening = '2026-06-10';

  it('passes when every actuele toewijzing is OngewijzigdProduct or TeWijzigenProduct', () => {
    const message = wmo317(
      { OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: '1' }] }, TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: '02', GewensteIngangsdatum: '2026-07-01' }] } },
      { dagtekening },
    );
    expect(judge(message)).toEqual([]);
  });

  it('gives 9349 on the Verzoek for each actuele toewijzing left out', () => {
    const message = wmo317({ OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: '1' }] } }, { dagtekening });
    expect(judge(message)).toEqual([
      {
        rule: 'TR349',
        retourcode: '9349',
        path: '/Bericht/Client/Verzoek',
        message: expect.stringMatching(/leaves out toewijzing 2 \(2026-02-01 to open\)/),
      },
    ]);
  });
});
