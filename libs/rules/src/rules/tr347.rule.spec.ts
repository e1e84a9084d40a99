import { findingMessage } from '../rule';
import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo315, wmo317 } from '../testing/fake-toewijzing-state';
import { TR347 } from './tr347.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR347 ReferentieAanbieder is unique for the aanbieder', () => {
  const toewijzingen = new FakeToewijzingState().withVerzoek({ referentieAanbieder: 'REF-1', gemeente: '0603', dagtekening: '2026-03-10' });
  const judge = (message: Parameters<typeof TR347.check>[0]) => inEnglish(TR347.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes new references, and a reference another aanbieder used', () => {
    expect(judge(wmo315([{ ReferentieAanbieder: 'REF-2' }, { ReferentieAanbieder: 'REF-3' }]))).toEqual([]);
    expect(judge(wmo317({ ReferentieAanbieder: 'REF-1' }, { aanbieder: '87654321' }))).toEqual([]);
  });

  it('gives 9347 on the Verzoek of a 317 that reuses a reference, also one used at another gemeente', () => {
    expect(judge(wmo317({ ReferentieAanbieder: 'REF-1' }))).toEqual([
      {
        rule: 'TR347',
        retourcode: '9347',
        path: '/Bericht/Client/Verzoek',
        message: expect.stringMatching(/REF-1 was already used by aanbieder 12345678 in a verzoek om toewijzing \(WMO315\) of 2026-03-10 to gemeente 0603/),
      },
    ]);
  });

  it('says the finding in Dutch by default', () => {
    expect(TR347.check(wmo317({ ReferentieAanbieder: 'REF-1' }), context({ state: fakeState({ toewijzingen }) })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'ReferentieAanbieder REF-1 is al gebruikt door aanbieder 12345678 in een verzoek om toewijzing (WMO315) van 2026-03-10 aan gemeente 0603. Geef elk verzoek een ReferentieAanbieder die nog nooit is gebruikt.',
    ]);
  });

  it('gives 9347 on an AangevraagdProduct that repeats a reference of the same message', () => {
    expect(judge(wmo315([{ ReferentieAanbieder: 'REF-2' }, { ReferentieAanbieder: 'REF-2' }]))).toEqual([
      expect.objectContaining({ retourcode: '9347', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]', message: expect.stringMatching(/AangevraagdProduct 1 of this message/) }),
    ]);
  });
});
