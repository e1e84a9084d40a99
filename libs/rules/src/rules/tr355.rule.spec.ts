import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo319 } from '../testing/fake-toewijzing-state';
import { TR355 } from './tr355.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR355 the ReferentieAanbieder of an antwoordbericht is that of an earlier verzoek', () => {
  const toewijzingen = new FakeToewijzingState().withVerzoek({ referentieAanbieder: 'VOT-1' }).withVerzoek({ referentieAanbieder: 'VOW-1', soort: 'WMO317' });
  const judge = (message: Parameters<typeof TR355.check>[0]) => inEnglish(TR355.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes an answer on a verzoek om toewijzing or om wijziging', () => {
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-1' }))).toEqual([]);
    expect(judge(wmo319({ ReferentieAanbieder: 'VOW-1', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '4' }))).toEqual([]);
  });

  it('gives 9355 on the Antwoord when no verzoek has the reference, or it went to another gemeente', () => {
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-2' }))).toEqual([
      { rule: 'TR355', retourcode: '9355', path: '/Bericht/Antwoord', message: expect.stringMatching(/VOT-2 does not refer to an earlier verzoek/) },
    ]);
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-1' }, { gemeente: '0603' }))[0].message).toMatch(/sent to gemeente 0503, not to 0603/);
  });
});
