import { declaratie, declaratieContext, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR308 } from './tr308.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR308 ProductPeriode ends on or before the toewijzing', () => {
  it('passes a ProductPeriode to the Einddatum, and any end on an open toewijzing', () => {
    const message = declaratie({ clienten: [{ prestaties: [prestatie({ ProductPeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-15' } })] }] });
    expect(TR308.check(message, declaratieContext({ toewijzingen: [toegewezenProduct({ einddatum: '2026-03-15' })] }))).toEqual([]);
    expect(TR308.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ einddatum: null })] }))).toEqual([]);
  });

  it('gives 9308 on a prestatie ending after the toewijzing', () => {
    expect(inEnglish(TR308.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ einddatum: '2026-03-15' })] })))).toEqual([
      expect.objectContaining({
        retourcode: '9308',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/ends on 2026-03-31, after toewijzing 260101 ends .*end the ProductPeriode on 2026-03-15 or earlier/),
      }),
    ]);
  });

  it('leaves a withdrawn toewijzing (RedenWijziging 13) to TR384', () => {
    const withdrawn = toegewezenProduct({ einddatum: '2026-03-01', redenWijziging: '13' });
    expect(TR308.check(declaratie(), declaratieContext({ toewijzingen: [withdrawn] }))).toEqual([]);
  });
});
