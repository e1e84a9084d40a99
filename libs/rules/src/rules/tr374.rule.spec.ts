import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo315, wmo317 } from '../testing/fake-toewijzing-state';
import { TR374 } from './tr374.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR374 no verzoek while another one for the client is onderhanden', () => {
  const judge = (message: Parameters<typeof TR374.check>[0], toewijzingen: FakeToewijzingState) => inEnglish(TR374.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes when earlier verzoeken were honoured or rejected, or are for another client', () => {
    const toewijzingen = new FakeToewijzingState()
      .withVerzoek({ referentieAanbieder: 'A', afgehandeldDoor: 'WMO301' })
      .withVerzoek({ referentieAanbieder: 'B', afgehandeldDoor: 'WMO319' })
      .withVerzoek({ referentieAanbieder: 'C', bsn: '999990032' });
    expect(judge(wmo317({ ReferentieAanbieder: 'D' }), toewijzingen)).toEqual([]);
  });

  it('gives 9374 on the Client when a verzoek is onderhanden (also one answered "in onderzoek")', () => {
    const toewijzingen = new FakeToewijzingState().withVerzoek({ referentieAanbieder: 'VOT-7', soort: 'WMO315', dagtekening: '2026-03-10' });
    expect(judge(wmo315([{ ReferentieAanbieder: 'VOT-8' }]), toewijzingen)).toEqual([
      {
        rule: 'TR374',
        retourcode: '9374',
        path: '/Bericht/Client',
        message: expect.stringMatching(/still onderhanden: VOT-7 \(WMO315 of 2026-03-10\)/),
      },
    ]);
  });
});
