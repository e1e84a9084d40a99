import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo307 } from '../testing/fake-toewijzing-state';
import { TR413 } from './tr413.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR413 after a temporary stop (20) of a start, only a definitive stop', () => {
  const tijdelijk = () => new FakeToewijzingState().withStop({ begindatum: '2026-02-03', redenBeeindiging: '20', einddatum: '2026-08-14' });
  const judge = (message: Parameters<typeof TR413.check>[0], toewijzingen = tijdelijk()) => inEnglish(TR413.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes a definitive stop after a temporary one, and a temporary stop of another start', () => {
    expect(judge(wmo307([{ RedenBeeindiging: '19', Einddatum: '2026-10-01' }]))).toEqual([]);
    expect(judge(wmo307([{ Begindatum: '2026-09-01', RedenBeeindiging: '20', Einddatum: '2026-10-01' }]))).toEqual([]);
  });

  it('passes a temporary stop that replaces the removed earlier one', () => {
    expect(judge(wmo307([{ Einddatum: '2026-08-14', StatusAanlevering: '3' }, { Einddatum: '2026-08-20' }]))).toEqual([]);
  });

  it('gives 9413 on a second temporary stop of the same Bsn, ToewijzingNummer and Begindatum', () => {
    expect(judge(wmo307([{ RedenBeeindiging: '20', Einddatum: '2026-10-01' }]))).toEqual([
      {
        rule: 'TR413',
        retourcode: '9413',
        path: '/Bericht/Client/StopProducten/StopProduct[1]',
        message: expect.stringMatching(/already stopped temporarily \(RedenBeeindiging 20, Einddatum 2026-08-14\)/),
      },
    ]);
  });

  it('gives 9413 on the second temporary stop within one message', () => {
    expect(judge(wmo307([{ Einddatum: '2026-05-01' }, { Einddatum: '2026-06-01' }]), new FakeToewijzingState())).toEqual([
      expect.objectContaining({ retourcode: '9413', path: '/Bericht/Client/StopProducten/StopProduct[2]' }),
    ]);
  });
});
