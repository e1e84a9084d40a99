import { declaratie, declaratieContext, prestatie } from '../testing/fake-declaratie-state';
import { TR346 } from './tr346.rule';
import { inEnglish } from './support/restricties.testing';

const declared = (volume: string, eenheid: '01' | '04' | '82' | '83', tarief: string | undefined, bedrag: string) =>
  declaratie({ clienten: [{ prestaties: [prestatie({ GeleverdVolume: volume, Eenheid: eenheid, ProductTarief: tarief, IngediendBedrag: { Bedrag: bedrag, DebetCredit: 'D' } })] }] });

describe('TR346 IngediendBedrag = GeleverdVolume x ProductTarief unless Eenheid 83', () => {
  it('passes volume x tarief, Eenheid 83, and minuten at a rounded per-minute tarief', () => {
    expect(TR346.check(declared('3', '04', '6150', '18450'), declaratieContext())).toEqual([]);
    expect(TR346.check(declared('61200', '83', undefined, '61200'), declaratieContext())).toEqual([]);
    // hourly tarief 6145: per minute 102.42 rounded to 102; 50 minutes = 6145 x 50 / 60 = 5120.8 -> 5121
    expect(TR346.check(declared('50', '01', '102', '5121'), declaratieContext())).toEqual([]);
  });

  it('gives 9346 when the bedrag is not volume x tarief', () => {
    expect(inEnglish(TR346.check(declared('2', '82', '24500', '24500'), declaratieContext()))).toEqual([
      {
        rule: 'TR346',
        retourcode: '9346',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/IngediendBedrag €245.00 is not GeleverdVolume 2 x ProductTarief €245.00 = €490.00/),
      },
    ]);
    expect(TR346.check(declared('50', '01', '102', '5200'), declaratieContext())).toHaveLength(1);
    // computed exactly beyond 2^53
    expect(inEnglish(TR346.check(declared('99999999', '82', '99999999', '99999999'), declaratieContext()))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/= €99,999,998,000,000.01/) }),
    ]);
  });
});
