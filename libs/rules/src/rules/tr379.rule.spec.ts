import { findingMessage } from '../rule';
import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo301 } from '../testing/fake-toewijzing-state';
import { TR379 } from './tr379.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR379 a filled ReferentieAanbieder is that of a verzoek', () => {
  const toewijzingen = new FakeToewijzingState().withVerzoek({ referentieAanbieder: 'VOT-1', soort: 'WMO315' }).withVerzoek({ referentieAanbieder: 'VOW-1', soort: 'WMO317' });
  const judge = (message: Parameters<typeof TR379.check>[0]) => inEnglish(TR379.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes an empty ReferentieAanbieder and those of the client’s verzoeken', () => {
    expect(judge(wmo301([{}, { ToewijzingNummer: '2', ReferentieAanbieder: 'VOT-1' }, { ToewijzingNummer: '3', ReferentieAanbieder: 'VOW-1' }]))).toEqual([]);
  });

  it('gives 9379 on a ReferentieAanbieder without verzoek', () => {
    expect(judge(wmo301([{ ReferentieAanbieder: 'VOT-9' }]))).toEqual([
      {
        rule: 'TR379',
        retourcode: '9379',
        path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]',
        message: expect.stringMatching(/ReferentieAanbieder VOT-9, but aanbieder 12345678 sent no verzoek/),
      },
    ]);
  });

  it('says the finding in Dutch by default', () => {
    const findings = TR379.check(wmo301([{ ReferentieAanbieder: 'VOT-1' }], { gemeente: '0603' }), context({ state: fakeState({ toewijzingen }) }));
    expect(findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      'ToewijzingNummer 260101 heeft ReferentieAanbieder VOT-1, maar het verzoek met deze ReferentieAanbieder is gestuurd aan gemeente 0503, niet aan 0603. ' +
        'Vul ReferentieAanbieder alleen als de toewijzing een verzoek honoreert, met de ReferentieAanbieder van dat verzoek; laat het anders leeg.',
    ]);
  });

  it('gives 9379 when the verzoek was for another client or to another gemeente', () => {
    expect(judge(wmo301([{ ReferentieAanbieder: 'VOT-1' }], { bsn: '999990032' }))[0].message).toMatch(/another client/);
    expect(judge(wmo301([{ ReferentieAanbieder: 'VOT-1' }], { gemeente: '0603' }))[0].message).toMatch(/sent to gemeente 0503, not to 0603/);
  });
});
