import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo319 } from '../testing/fake-toewijzing-state';
import { TR360 } from './tr360.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR360 "aanvraag in onderzoek" only as the first answer', () => {
  const toewijzingen = new FakeToewijzingState().withAntwoord({ referentieAanbieder: 'VOT-1', verzoekAntwoord: '2', dagtekening: '2026-03-11' });
  const judge = (message: Parameters<typeof TR360.check>[0]) => inEnglish(TR360.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes a first "in onderzoek", and a rejection after it', () => {
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-2', VerzoekAntwoord: '2' }))).toEqual([]);
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-1', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '4' }))).toEqual([]);
  });

  it('gives 9360 on a second "in onderzoek"', () => {
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-1', VerzoekAntwoord: '2' }))).toEqual([
      { rule: 'TR360', retourcode: '9360', path: '/Bericht/Antwoord', message: expect.stringMatching(/already sent on 2026-03-11 \(VerzoekAntwoord 2\)/) },
    ]);
  });
});
