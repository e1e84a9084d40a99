import { declaratie, declaratieContext, declaratieState, FakeDeclaratieState, prestatie } from '../testing/fake-declaratie-state';
import { TR318 } from './tr318.rule';
import { inEnglish } from './support/restricties.testing';

const after = (month: string, gemeente = '0503') =>
  declaratieContext({ declaraties: new FakeDeclaratieState().addDeclaratie(declaratieState({ gemeente, declaratiePeriode: { begindatum: `${month}-01`, einddatum: `${month}-28` } })) });

describe('TR318 DeclaratiePeriode follows the previous one', () => {
  it('passes the first declaratie, the next month, and a gap without zorg in it', () => {
    expect(TR318.check(declaratie(), declaratieContext())).toEqual([]);
    expect(TR318.check(declaratie({ periode: '2026-03' }), after('2026-02'))).toEqual([]);
    expect(TR318.check(declaratie({ periode: '2026-03' }), after('2025-12'))).toEqual([]);
    // another gemeente's declaraties do not count
    expect(TR318.check(declaratie({ periode: '2026-03' }), after('2026-05', '1783'))).toEqual([]);
  });

  it('gives 8214 on the declaratie for a month already declared', () => {
    expect(inEnglish(TR318.check(declaratie({ periode: '2026-03' }), after('2026-03')))).toEqual([
      {
        rule: 'TR318',
        retourcode: '8214',
        path: '/Bericht/Declaratie',
        message: expect.stringMatching(/DeclaratiePeriode March 2026 does not follow the previous DeclaratiePeriode March 2026 .*declaratie for April 2026/),
      },
    ]);
  });

  it('gives 8214 when a skipped month had zorg, seen in this declaratie', () => {
    const message = declaratie({
      periode: '2026-04',
      clienten: [{ prestaties: [prestatie({ ref: 'R1', ProductPeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-31' } }), prestatie({ ref: 'R2', ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' } })] }],
    });
    expect(inEnglish(TR318.check(message, after('2026-02')))).toEqual([
      expect.objectContaining({ retourcode: '8214', path: '/Bericht/Declaratie', message: expect.stringMatching(/skips March 2026 .*prestaties for March 2026/) }),
    ]);
  });
});
