import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo307 } from '../testing/fake-toewijzing-state';
import { TR415 } from './tr415.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR415 no stop after a definitive stop of the same start', () => {
  const judge = (message: Parameters<typeof TR415.check>[0], toewijzingen: FakeToewijzingState) => inEnglish(TR415.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes a stop after a temporary stop', () => {
    const toewijzingen = new FakeToewijzingState().withStop({ redenBeeindiging: '20' });
    expect(judge(wmo307([{ RedenBeeindiging: '19', Einddatum: '2026-09-30' }]), toewijzingen)).toEqual([]);
  });

  it('passes a correction: the definitive stop removed and sent again in one message', () => {
    const toewijzingen = new FakeToewijzingState().withStop({ redenBeeindiging: '19', einddatum: '2026-08-14' });
    expect(judge(wmo307([{ RedenBeeindiging: '19', Einddatum: '2026-08-14', StatusAanlevering: '3' }, { RedenBeeindiging: '19', Einddatum: '2026-08-31' }]), toewijzingen)).toEqual([]);
  });

  it('gives 9415 on a stop after a definitive stop of the same Bsn, ToewijzingNummer and Begindatum', () => {
    const toewijzingen = new FakeToewijzingState().withStop({ redenBeeindiging: '38', einddatum: '2026-06-30' });
    expect(judge(wmo307([{ RedenBeeindiging: '20', Einddatum: '2026-07-31' }]), toewijzingen)).toEqual([
      {
        rule: 'TR415',
        retourcode: '9415',
        path: '/Bericht/Client/StopProducten/StopProduct[1]',
        message: expect.stringMatching(/already stopped definitively \(RedenBeeindiging 38, Einddatum 2026-06-30\)/),
      },
    ]);
  });
});
