import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo305, wmo307 } from '../testing/fake-toewijzing-state';
import { TR019 } from './tr019.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR019 start and stop relate to a toewijzing by ToewijzingNummer', () => {
  const withToewijzing = () => new FakeToewijzingState().withProduct({ toewijzingNummer: '260101' });
  const judge = (message: Parameters<typeof TR019.check>[0], toewijzingen: FakeToewijzingState) =>
    inEnglish(TR019.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes a start and a stop of a toewijzing of the client, also when the number has leading zeros', () => {
    expect(judge(wmo305([{ ToewijzingNummer: '260101' }, { ToewijzingNummer: '0260101', Begindatum: '2026-03-01' }]), withToewijzing())).toEqual([]);
    expect(judge(wmo307([{ ToewijzingNummer: '260101' }]), withToewijzing())).toEqual([]);
  });

  it('does not check a removal (StatusAanlevering 3) or a start without ToewijzingNummer', () => {
    expect(judge(wmo305([{ ToewijzingNummer: '999', StatusAanlevering: '3' }, { ToewijzingNummer: undefined }]), new FakeToewijzingState())).toEqual([]);
  });

  it('gives 9019 on the StartProduct whose ToewijzingNummer has no toewijzing', () => {
    expect(judge(wmo305([{ ToewijzingNummer: '260101' }, { ToewijzingNummer: '260199' }]), withToewijzing())).toEqual([
      {
        rule: 'TR019',
        retourcode: '9019',
        path: '/Bericht/Client/StartProducten/StartProduct[2]',
        message: expect.stringMatching(/ToewijzingNummer 260199.*no toewijzing \(WMO301\)/),
      },
    ]);
  });

  it('gives 9019 on a stop for a toewijzing of another client, and for a withdrawn toewijzing', () => {
    const toewijzingen = new FakeToewijzingState()
      .withProduct({ toewijzingNummer: '1', bsn: '999990032' })
      .withProduct({ toewijzingNummer: '2', redenWijziging: '13', einddatum: '2026-02-01' });
    const findings = judge(wmo307([{ ToewijzingNummer: '1' }, { ToewijzingNummer: '2' }]), toewijzingen);
    expect(findings.map((f) => [f.path, f.retourcode])).toEqual([
      ['/Bericht/Client/StopProducten/StopProduct[1]', '9019'],
      ['/Bericht/Client/StopProducten/StopProduct[2]', '9019'],
    ]);
    expect(findings[0].message).toMatch(/another client/);
    expect(findings[1].message).toMatch(/withdrew toewijzing 2 \(RedenWijziging 13/);
  });

  it('only sees the toewijzingen of this aanbieder', () => {
    const toewijzingen = new FakeToewijzingState().withProduct({ toewijzingNummer: '260101', aanbieder: '87654321' });
    expect(judge(wmo305([{}]), toewijzingen)).toHaveLength(1);
  });
});
