import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo305, wmo307 } from '../testing/fake-toewijzing-state';
import { TR063 } from './tr063.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR063 a removal (StatusAanlevering 3) needs an earlier delivery with the same key', () => {
  const state = () => new FakeToewijzingState().withStart({ begindatum: '2026-02-03' }).withStop({ begindatum: '2026-02-03', redenBeeindiging: '20', einddatum: '2026-08-14' });
  const judge = (message: Parameters<typeof TR063.check>[0], toewijzingen = state()) => inEnglish(TR063.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes the removal of an earlier start and of an earlier stop, and ignores new deliveries', () => {
    expect(judge(wmo305([{ Begindatum: '2026-02-03', StatusAanlevering: '3' }, { Begindatum: '2026-02-10' }]))).toEqual([]);
    expect(judge(wmo307([{ Begindatum: '2026-02-03', RedenBeeindiging: '20', Einddatum: '2026-08-14', StatusAanlevering: '3' }]))).toEqual([]);
  });

  it('compares dates and numbers by value: the XSD collapses whitespace and allows leading zeros', () => {
    expect(judge(wmo305([{ ToewijzingNummer: '0260101', Begindatum: ' 2026-02-03 ', StatusAanlevering: '3' }]))).toEqual([]);
  });

  it('gives 9063 on a StartProduct that removes a start with another Begindatum', () => {
    expect(judge(wmo305([{ Begindatum: '2026-02-04', StatusAanlevering: '3' }]))).toEqual([
      {
        rule: 'TR063',
        retourcode: '9063',
        path: '/Bericht/Client/StartProducten/StartProduct[1]',
        message: expect.stringMatching(/no start for Bsn \*{6}019 with ToewijzingNummer 260101, Product 01\/01A02, Begindatum 2026-02-04/),
      },
    ]);
  });

  it('gives 9063 on a StopProduct whose key differs from every earlier stop (here the Einddatum)', () => {
    const findings = judge(wmo307([{ Einddatum: '2026-08-15', StatusAanlevering: '3' }]));
    expect(findings).toEqual([expect.objectContaining({ retourcode: '9063', path: '/Bericht/Client/StopProducten/StopProduct[1]' })]);
    expect(findings[0].message).toMatch(/Einddatum 2026-08-15/);
  });

  it('gives 9063 when the earlier start was of another client', () => {
    expect(judge(wmo305([{ StatusAanlevering: '3' }], { bsn: '999990032' }))).toHaveLength(1);
  });
});
