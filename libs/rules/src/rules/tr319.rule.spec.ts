import { declaratie, declaratieContext, prestatie } from '../testing/fake-declaratie-state';
import { TR319 } from './tr319.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR319 ProductPeriode in the current or a previous declaratieperiode', () => {
  it('passes the declared month and earlier months (the rule, not the stricter text of 9319)', () => {
    const message = declaratie({
      periode: '2026-03',
      clienten: [{ prestaties: [prestatie(), prestatie({ ref: 'R2', ProductPeriode: { Begindatum: '2025-11-01', Einddatum: '2025-11-30' } })] }],
    });
    expect(TR319.check(message, declaratieContext())).toEqual([]);
  });

  it('gives 9319 on a prestatie for a later month', () => {
    const message = declaratie({ periode: '2026-03', clienten: [{ prestaties: [prestatie({ ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' } })] }] });
    expect(inEnglish(TR319.check(message, declaratieContext()))).toEqual([
      {
        rule: 'TR319',
        retourcode: '9319',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/after DeclaratiePeriode March 2026 .*declaratie for April 2026 or a later month/),
      },
    ]);
  });
});
