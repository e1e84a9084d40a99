import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo305 } from '../testing/fake-toewijzing-state';
import { TR071 } from './tr071.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR071 a start that was stopped cannot be removed', () => {
  const judge = (message: Parameters<typeof TR071.check>[0], toewijzingen: FakeToewijzingState) => inEnglish(TR071.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes the removal of a start without a stop', () => {
    expect(judge(wmo305([{ StatusAanlevering: '3' }]), new FakeToewijzingState().withStart())).toEqual([]);
  });

  it('gives 9071 on the StartProduct that removes a stopped start', () => {
    const toewijzingen = new FakeToewijzingState().withStart({ begindatum: '2026-02-03' }).withStop({ begindatum: '2026-02-03', redenBeeindiging: '20', einddatum: '2026-08-14' });
    expect(judge(wmo305([{ Begindatum: '2026-03-01' }, { Begindatum: '2026-02-03', StatusAanlevering: '3' }]), toewijzingen)).toEqual([
      {
        rule: 'TR071',
        retourcode: '9071',
        path: '/Bericht/Client/StartProducten/StartProduct[2]',
        message: expect.stringMatching(/already reported for it \(RedenBeeindiging 20, Einddatum 2026-08-14\). Remove that stop first/),
      },
    ]);
  });
});
