import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo307 } from '../testing/fake-toewijzing-state';
import { TR382 } from './tr382.rule';

describe('TR382 a stop repeats the key of its start (9069)', () => {
  const toewijzingen = new FakeToewijzingState().withStart({ toewijzingNummer: '260101', begindatum: '2026-02-03' });
  const judge = (message: Parameters<typeof TR382.check>[0]) => TR382.check(message, context({ state: fakeState({ toewijzingen }) }));

  it('passes a stop with the ToewijzingNummer, Product and Begindatum of a start', () => {
    expect(judge(wmo307([{ ToewijzingNummer: '260101', Begindatum: '2026-02-03' }]))).toEqual([]);
  });

  it('does not check a removal', () => {
    expect(judge(wmo307([{ Begindatum: '2026-01-01', StatusAanlevering: '3' }]))).toEqual([]);
  });

  it('gives 9069 on the StopProduct whose Begindatum differs from the start, naming the start', () => {
    expect(judge(wmo307([{ ToewijzingNummer: '260101', Begindatum: '2026-02-01' }]))).toEqual([
      {
        rule: 'TR382',
        retourcode: '9069',
        path: '/Bericht/Client/StopProducten/StopProduct[1]',
        message: expect.stringMatching(/No start \(WMO305\).*start\(s\) of ToewijzingNummer 260101 have .*Begindatum 2026-02-03/),
      },
    ]);
  });

  it('gives 9069 when the Product differs from the start', () => {
    expect(judge(wmo307([{ Product: { Categorie: '01' } }]))).toEqual([expect.objectContaining({ retourcode: '9069' })]);
  });
});
