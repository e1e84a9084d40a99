import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo319 } from '../testing/fake-toewijzing-state';
import { TR359 } from './tr359.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR359 no antwoordbericht on a verzoek that a toewijzing honoured', () => {
  const toewijzingen = new FakeToewijzingState().withProduct({ toewijzingNummer: '603101', referentieAanbieder: 'VOT-2026-0042', toewijzingsdatum: '2026-03-12' });
  const judge = (message: Parameters<typeof TR359.check>[0]) => inEnglish(TR359.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes an answer on a verzoek without toewijzing', () => {
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-2026-0043' }))).toEqual([]);
  });

  it('gives 9359 on the Antwoord when a toewijzing carried the ReferentieAanbieder', () => {
    expect(judge(wmo319({ ReferentieAanbieder: 'VOT-2026-0042' }))).toEqual([
      {
        rule: 'TR359',
        retourcode: '9359',
        path: '/Bericht/Antwoord',
        message: expect.stringMatching(/already honoured: toewijzing 603101 \(Toewijzingsdatum 2026-03-12\)/),
      },
    ]);
  });
});
