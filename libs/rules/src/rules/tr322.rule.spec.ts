import { declaratie, declaratieContext, FakeDeclaratieState, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR322 } from './tr322.rule';
import { inEnglish } from './support/restricties.testing';

// 10 uur in total over the toewijzing
const totaal = toegewezenProduct({ productCategorie: '02', productCode: '02A01', omvang: { volume: '10', eenheid: '04', frequentie: '6' } });
const uren = (ref: string, volume: string, eenheid: '01' | '04' = '04', debet: 'D' | 'C' = 'D', vorig?: string) =>
  prestatie({ ref, vorig, ProductCategorie: '02', ProductCode: '02A01', GeleverdVolume: volume, Eenheid: eenheid, IngediendBedrag: { Bedrag: '0', DebetCredit: debet } });

describe('TR322 the sum of GeleverdVolume within the Omvang over the toewijzing', () => {
  it('passes what fits, counting earlier debet minus credit and minuten as uren', () => {
    const declaraties = new FakeDeclaratieState().add(
      { referentieNummer: 'E1', eenheid: '04', geleverdVolume: 6 },
      { referentieNummer: 'E2', eenheid: '01', geleverdVolume: 60 },
      { referentieNummer: 'E3', eenheid: '04', geleverdVolume: 2, debetCredit: 'C', vorigReferentieNummer: 'E1' },
      { referentieNummer: 'E4', eenheid: '04', geleverdVolume: 9, status: 'afgewezen' },
    );
    // 6 + 1 - 2 = 5 uur declared; 5 more fit
    const message = declaratie({ clienten: [{ prestaties: [uren('N1', '3'), uren('N2', '120', '01')] }] });
    expect(TR322.check(message, declaratieContext({ toewijzingen: [totaal], declaraties }))).toEqual([]);
  });

  it('gives 9322 on the debet that goes over, after this message credits', () => {
    const declaraties = new FakeDeclaratieState().add({ referentieNummer: 'E1', eenheid: '04', geleverdVolume: 8 });
    const message = declaratie({ clienten: [{ prestaties: [uren('N1', '2'), uren('N2', '4'), uren('N3', '3', '04', 'C', 'E1')] }] });
    // 8 - 3 (credit) + 2 = 7, + 4 = 11 > 10
    expect(inEnglish(TR322.check(message, declaratieContext({ toewijzingen: [totaal], declaraties })))).toEqual([
      {
        rule: 'TR322',
        retourcode: '9322',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
        message: expect.stringMatching(/N2 .*brings the volume declared on toewijzing 260101 to 660 minuten, more than the 600 minuten .*at most 180 minuten can still be declared/),
      },
    ]);
  });

  it('computes the total per month over the duration, and skips an open-ended toewijzing', () => {
    const perMaand = toegewezenProduct({ ingangsdatum: '2026-01-15', einddatum: '2026-03-10' }); // 1 stuk per maand, 3 months
    const declaraties = new FakeDeclaratieState().add({ referentieNummer: 'E1' }, { referentieNummer: 'E2', productPeriode: { begindatum: '2026-01-15', einddatum: '2026-01-31' } });
    expect(TR322.check(declaratie(), declaratieContext({ toewijzingen: [perMaand], declaraties }))).toEqual([]);
    declaraties.add({ referentieNummer: 'E3' });
    expect(TR322.check(declaratie(), declaratieContext({ toewijzingen: [perMaand], declaraties }))).toHaveLength(1);
    expect(TR322.check(declaratie(), declaratieContext({ toewijzingen: [{ ...perMaand, einddatum: null }], declaraties }))).toEqual([]);
  });
});
