import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo305 } from '../testing/fake-toewijzing-state';
import { TR326 } from './tr326.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR326 no new start while the toegewezen product has an actueel start', () => {
  const judge = (message: Parameters<typeof TR326.check>[0], toewijzingen: FakeToewijzingState) => inEnglish(TR326.check(message, context({ state: fakeState({ toewijzingen }) })));
  const started = () => new FakeToewijzingState().withStart({ toewijzingNummer: '260101', begindatum: '2026-02-03' });

  it('passes a restart after a stop, a start of another toewijzing, and a corrected start that removes the wrong one', () => {
    expect(judge(wmo305([{ Begindatum: '2026-09-01' }]), started().withStop({ begindatum: '2026-02-03' }))).toEqual([]);
    expect(judge(wmo305([{ ToewijzingNummer: '260102', Product: { Categorie: '02', Code: '02A02' } }]), started())).toEqual([]);
    expect(judge(wmo305([{ Begindatum: '2026-02-03', StatusAanlevering: '3' }, { Begindatum: '2026-02-02' }]), started())).toEqual([]);
  });

  it('gives 9326 on a start of a toewijzing whose earlier start was not stopped', () => {
    expect(judge(wmo305([{ Begindatum: '2026-03-01' }]), started())).toEqual([
      {
        rule: 'TR326',
        retourcode: '9326',
        path: '/Bericht/Client/StartProducten/StartProduct[1]',
        message: expect.stringMatching(/earlier start \(ToewijzingNummer 260101, Product 01\/01A02, Begindatum 2026-02-03\) .* has not been stopped/),
      },
    ]);
  });

  it('gives 9326 on the second of two starts of one toewijzing in a message', () => {
    expect(judge(wmo305([{ Begindatum: '2026-02-03' }, { Begindatum: '2026-02-10' }]), new FakeToewijzingState())).toEqual([
      expect.objectContaining({ retourcode: '9326', path: '/Bericht/Client/StartProducten/StartProduct[2]' }),
    ]);
  });
});
