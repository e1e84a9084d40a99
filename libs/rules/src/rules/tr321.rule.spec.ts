import { findingMessage } from '../rule';
import { declaratie, declaratieContext, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR321 } from './tr321.rule';
import { inEnglish } from './support/restricties.testing';

const week = (volume: string, eenheid: string, extra = {}) =>
  toegewezenProduct({ productCategorie: '02', productCode: '02A01', omvang: { volume, eenheid, frequentie: '2' }, ...extra });
const declared = (volume: string, eenheid: string, periode = { Begindatum: '2025-11-01', Einddatum: '2025-11-30' }, debet: 'D' | 'C' = 'D') =>
  declaratie({
    periode: '2025-12',
    clienten: [{ prestaties: [prestatie({ ProductCategorie: '02', ProductCode: '02A01', ProductPeriode: periode, GeleverdVolume: volume, Eenheid: eenheid as '82', IngediendBedrag: { Bedrag: '0', DebetCredit: debet } })] }],
  });

describe('TR321 GeleverdVolume within the Omvang of the toewijzing (IV077)', () => {
  it('passes a month of stuks per maand, also for part of a month', () => {
    const message = declaratie({ clienten: [{ prestaties: [prestatie({ ProductPeriode: { Begindatum: '2026-03-16', Einddatum: '2026-03-31' } })] }] });
    expect(TR321.check(message, declaratieContext())).toEqual([]);
  });

  it('counts calendar weeks for uren per week, and takes minuten for uren', () => {
    // IV077: 3 uur per week, November 2025 touches 5 calendar weeks: at most 15 uur = 900 minuten
    const ctx = declaratieContext({ toewijzingen: [week('3', '04', { ingangsdatum: '2025-10-07', einddatum: '2025-12-30' })] });
    expect(TR321.check(declared('15', '04'), ctx)).toEqual([]);
    expect(TR321.check(declared('900', '01'), ctx)).toEqual([]);
    expect(inEnglish(TR321.check(declared('16', '04'), ctx))).toEqual([expect.objectContaining({ retourcode: '9321', message: expect.stringMatching(/declares 16 uren .*at most 15 uren/) })]);
    expect(inEnglish(TR321.check(declared('901', '01'), ctx))).toEqual([expect.objectContaining({ message: expect.stringMatching(/at most 900 minuten/) })]);
  });

  it('counts Sundays for output per week, plus one week in the month of the last Sunday (IV077 example 2)', () => {
    const ctx = declaratieContext({ toewijzingen: [week('30000', '83', { ingangsdatum: '2025-07-07', einddatum: '2025-09-05' })] });
    const juli = { Begindatum: '2025-07-07', Einddatum: '2025-07-31' };
    const augustus = { Begindatum: '2025-08-01', Einddatum: '2025-08-31' };
    expect(TR321.check(declared('90000', '83', juli), ctx)).toEqual([]);
    expect(TR321.check(declared('90001', '83', juli), ctx)).toHaveLength(1);
    expect(TR321.check(declared('180000', '83', augustus), ctx)).toEqual([]);
    expect(TR321.check(declared('180001', '83', augustus), ctx)).toHaveLength(1);
  });

  it('allows huishoudelijke hulp 6 weeks of volume in a month (TR321 toelichting)', () => {
    const ctx = declaratieContext({ toewijzingen: [toegewezenProduct({ omvang: { volume: '2', eenheid: '04', frequentie: '2' } })] });
    const hh = (volume: string) => declaratie({ clienten: [{ prestaties: [prestatie({ GeleverdVolume: volume, Eenheid: '04' })] }] });
    expect(TR321.check(hh('12'), ctx)).toEqual([]);
    expect(TR321.check(hh('13'), ctx)).toEqual([
      expect.objectContaining({ rule: 'TR321', retourcode: '9321', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' }),
    ]);
  });

  it('gives 9321 on a debet above the monthly volume, not on a credit', () => {
    const two = declaratie({ clienten: [{ prestaties: [prestatie({ GeleverdVolume: '2' })] }] });
    expect(inEnglish(TR321.check(two, declaratieContext()))).toEqual([expect.objectContaining({ message: expect.stringMatching(/declares 2 stuks \(output\) .*at most 1 stuks/) })]);
    expect(TR321.check(two, declaratieContext()).map((f) => findingMessage(f, 'nl'))).toEqual([
      'Prestatie R2603-0001 (cliënt ******019, toewijzing 260101) declareert 2 stuks (output) voor 2026-03-01 tot en met 2026-03-31; toewijzing 260101 (Omvang 1 stuks (output) per maand) staat in die periode ten hoogste 1 stuks (output) toe. Declareer niet meer dan dat, of vraag de gemeente om een grotere toewijzing (verzoek om wijziging).',
    ]);
    const credit = declaratie({ clienten: [{ prestaties: [prestatie({ GeleverdVolume: '2', vorig: 'X', IngediendBedrag: { Bedrag: '49000', DebetCredit: 'C' } })] }] });
    expect(TR321.check(credit, declaratieContext())).toEqual([]);
  });
});
