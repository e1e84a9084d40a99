import { declaratie, declaratieContext, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR341 } from './tr341.rule';
import { inEnglish } from './support/restricties.testing';

const inUren = toegewezenProduct({ omvang: { volume: '4', eenheid: '04', frequentie: '2' } });
const declaredIn = (eenheid: '01' | '04' | '82') => declaratie({ clienten: [{ prestaties: [prestatie({ Eenheid: eenheid })] }] });

describe('TR341 Eenheid fits the toewijzing', () => {
  it('passes the same Eenheid, minuten on uren, and anything without Omvang', () => {
    expect(TR341.check(declaredIn('82'), declaratieContext())).toEqual([]);
    expect(TR341.check(declaredIn('04'), declaratieContext({ toewijzingen: [inUren] }))).toEqual([]);
    expect(TR341.check(declaredIn('01'), declaratieContext({ toewijzingen: [inUren] }))).toEqual([]);
    expect(TR341.check(declaredIn('04'), declaratieContext({ toewijzingen: [toegewezenProduct({ omvang: null, budget: '50000' })] }))).toEqual([]);
  });

  it('gives 9341 on another Eenheid', () => {
    expect(inEnglish(TR341.check(declaredIn('82'), declaratieContext({ toewijzingen: [inUren] })))).toEqual([
      expect.objectContaining({
        rule: 'TR341',
        retourcode: '9341',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/Eenheid 82 \(stuks \(output\)\), but toewijzing 260101 is in Eenheid 04 \(uren\); declare in Eenheid 04 \(or 01 minuten\)/),
      }),
    ]);
    expect(TR341.check(declaredIn('04'), declaratieContext())).toHaveLength(1);
  });
});
