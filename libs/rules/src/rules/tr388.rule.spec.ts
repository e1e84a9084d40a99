import { declaratie, declaratieContext, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR388 } from './tr388.rule';
import { inEnglish } from './support/restricties.testing';

const to = (einddatum: string) => declaratie({ clienten: [{ prestaties: [prestatie({ ProductPeriode: { Begindatum: '2026-03-01', Einddatum: einddatum } })] }] });

describe('TR388 ProductPeriode ends on the last of the month or the Einddatum earlier in it', () => {
  it('passes the last of the month, and the Einddatum earlier in the month', () => {
    expect(TR388.check(to('2026-03-31'), declaratieContext())).toEqual([]);
    expect(TR388.check(to('2026-03-20'), declaratieContext({ toewijzingen: [toegewezenProduct({ einddatum: '2026-03-20' })] }))).toEqual([]);
  });

  it('gives 9388 on a ProductPeriode that ends when the care stopped', () => {
    expect(inEnglish(TR388.check(to('2026-03-20'), declaratieContext()))).toEqual([
      expect.objectContaining({ rule: 'TR388', retourcode: '9388', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringMatching(/ends on 2026-03-20; a ProductPeriode in March 2026 ends on 2026-03-31/) }),
    ]);
  });
});
