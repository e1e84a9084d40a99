import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo319 } from '../testing/fake-toewijzing-state';
import { TR365 } from './tr365.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR365 an earlier answer on the same verzoek must have been "in onderzoek"', () => {
  const toewijzingen = new FakeToewijzingState()
    .withAntwoord({ referentieAanbieder: 'VOT-1', verzoekAntwoord: '2' })
    .withAntwoord({ referentieAanbieder: 'VOT-3', verzoekAntwoord: '1', redenAfwijzingVerzoek: '3', dagtekening: '2026-06-26' });
  const judge = (message: Parameters<typeof TR365.check>[0]) => inEnglish(TR365.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes an answer after "in onderzoek", and a first answer', () => {
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-1', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '4' }))).toEqual([]);
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-2', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '4' }))).toEqual([]);
  });

  it('gives 9365 on an answer after a rejection', () => {
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-3', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '4' }))).toEqual([
      {
        rule: 'TR365',
        retourcode: '9365',
        path: '/Bericht/Antwoord',
        message: expect.stringMatching(/VOT-3 was already rejected on 2026-06-26 \(VerzoekAntwoord 1, RedenAfwijzingVerzoek 3\)/),
      },
    ]);
  });
});
