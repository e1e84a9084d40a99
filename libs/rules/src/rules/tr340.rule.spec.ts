import { declaratie, declaratieContext, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR340 } from './tr340.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR340 ProductCode as in the toewijzing', () => {
  it('passes the toegewezen ProductCode, and any on an aspecifieke toewijzing', () => {
    expect(TR340.check(declaratie(), declaratieContext())).toEqual([]);
    expect(TR340.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ productCode: null })] }))).toEqual([]);
  });

  it('gives 9340 on another ProductCode', () => {
    expect(inEnglish(TR340.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ productCode: '01A03' })] })))).toEqual([
      expect.objectContaining({ rule: 'TR340', retourcode: '9340', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringMatching(/ProductCode 01A02, but toewijzing 260101 is for ProductCode 01A03/) }),
    ]);
  });
});
