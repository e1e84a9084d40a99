import { declaratie, declaratieContext, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR387 } from './tr387.rule';
import { inEnglish } from './support/restricties.testing';

const from = (begindatum: string) => declaratie({ clienten: [{ prestaties: [prestatie({ ProductPeriode: { Begindatum: begindatum, Einddatum: '2026-03-31' } })] }] });

describe('TR387 ProductPeriode begins on the first of the month or the Ingangsdatum later in it', () => {
  it('passes the first of the month, and the Ingangsdatum later in the month', () => {
    expect(TR387.check(from('2026-03-01'), declaratieContext())).toEqual([]);
    expect(TR387.check(from('2026-03-16'), declaratieContext({ toewijzingen: [toegewezenProduct({ ingangsdatum: '2026-03-16' })] }))).toEqual([]);
  });

  it('gives 9387 on a ProductPeriode that starts when the care started', () => {
    expect(inEnglish(TR387.check(from('2026-03-10'), declaratieContext()))).toEqual([
      expect.objectContaining({ rule: 'TR387', retourcode: '9387', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringMatching(/starts on 2026-03-10; a ProductPeriode in March 2026 starts on 2026-03-01/) }),
    ]);
    expect(inEnglish(TR387.check(from('2026-03-01'), declaratieContext({ toewijzingen: [toegewezenProduct({ ingangsdatum: '2026-03-16' })] })))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/starts on 2026-03-16 \(toewijzing 260101 starts on 2026-03-16\)/) }),
    ]);
  });
});
