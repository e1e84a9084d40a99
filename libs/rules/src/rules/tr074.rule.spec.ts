import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo305, wmo307 } from '../testing/fake-toewijzing-state';
import { TR074 } from './tr074.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR074 a new delivery has a key not received before, in this message or earlier', () => {
  const judge = (message: Parameters<typeof TR074.check>[0], toewijzingen = new FakeToewijzingState()) => inEnglish(TR074.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes new keys, and a key the same message first removes', () => {
    const toewijzingen = new FakeToewijzingState().withStart({ begindatum: '2026-02-03' });
    expect(judge(wmo305([{ Begindatum: '2026-02-04' }]), toewijzingen)).toEqual([]);
    expect(judge(wmo305([{ Begindatum: '2026-02-03' }, { Begindatum: '2026-02-03', StatusAanlevering: '3' }]), toewijzingen)).toEqual([]);
  });

  it('gives 9074 on a StartProduct already received in an earlier message', () => {
    const toewijzingen = new FakeToewijzingState().withStart({ begindatum: '2026-02-03' });
    expect(judge(wmo305([{ Begindatum: '2026-02-03' }]), toewijzingen)).toEqual([
      {
        rule: 'TR074',
        retourcode: '9074',
        path: '/Bericht/Client/StartProducten/StartProduct[1]',
        message: expect.stringMatching(/already received in an earlier message/),
      },
    ]);
  });

  it('gives 9074 on the second of two equal StopProducten in one message', () => {
    expect(judge(wmo307([{}, { Einddatum: '2026-09-01' }, {}]))).toEqual([
      expect.objectContaining({ retourcode: '9074', path: '/Bericht/Client/StopProducten/StopProduct[3]', message: expect.stringMatching(/in this message/) }),
    ]);
  });

  it('compares stops on their whole key, RedenBeeindiging and Einddatum included', () => {
    const toewijzingen = new FakeToewijzingState().withStop({ redenBeeindiging: '20', einddatum: '2026-08-14' });
    expect(judge(wmo307([{ RedenBeeindiging: '19', Einddatum: '2026-08-14' }]), toewijzingen)).toEqual([]);
    expect(judge(wmo307([{ RedenBeeindiging: '20', Einddatum: '2026-08-14' }]), toewijzingen)).toHaveLength(1);
  });
});
