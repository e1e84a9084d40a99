import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo307 } from '../testing/fake-toewijzing-state';
import { TR414 } from './tr414.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR414 a later stop of a start does not end before the actuele stop', () => {
  const toewijzingen = new FakeToewijzingState().withStop({ begindatum: '2026-02-03', redenBeeindiging: '20', einddatum: '2026-08-14' });
  const judge = (message: Parameters<typeof TR414.check>[0]) => inEnglish(TR414.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes an Einddatum on or after the earlier one, and a stop of another start', () => {
    expect(judge(wmo307([{ RedenBeeindiging: '19', Einddatum: '2026-08-14' }]))).toEqual([]);
    expect(judge(wmo307([{ RedenBeeindiging: '19', Einddatum: '2026-09-30' }]))).toEqual([]);
    expect(judge(wmo307([{ Begindatum: '2026-01-01', Einddatum: '2026-01-31' }]))).toEqual([]);
  });

  it('gives 9414 on a StopProduct ending before the actuele stop', () => {
    expect(judge(wmo307([{ RedenBeeindiging: '19', Einddatum: '2026-08-01' }]))).toEqual([
      {
        rule: 'TR414',
        retourcode: '9414',
        path: '/Bericht/Client/StopProducten/StopProduct[1]',
        message: expect.stringMatching(/Einddatum 2026-08-01 lies before Einddatum 2026-08-14 of the earlier stop/),
      },
    ]);
  });
});
