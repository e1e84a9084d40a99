import { declaratie, declaratieContext, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR307 } from './tr307.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR307 ProductPeriode starts on or after the toewijzing', () => {
  it('passes a ProductPeriode from the Ingangsdatum', () => {
    const message = declaratie({ clienten: [{ prestaties: [prestatie({ ProductPeriode: { Begindatum: '2026-03-16', Einddatum: '2026-03-31' } })] }] });
    expect(TR307.check(message, declaratieContext({ toewijzingen: [toegewezenProduct({ ingangsdatum: '2026-03-16' })] }))).toEqual([]);
  });

  it('gives 9307 on a prestatie starting before the toewijzing', () => {
    expect(inEnglish(TR307.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ ingangsdatum: '2026-03-16' })] })))).toEqual([
      {
        rule: 'TR307',
        retourcode: '9307',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/starts on 2026-03-01, before toewijzing 260101 starts \(it runs from 2026-03-16 to 2026-12-31\)/),
      },
    ]);
  });

  it('leaves an unknown ToewijzingNummer to TR338', () => {
    expect(TR307.check(declaratie(), declaratieContext({ toewijzingen: [] }))).toEqual([]);
  });
});
