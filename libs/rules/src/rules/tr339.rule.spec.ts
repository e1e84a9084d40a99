import { declaratie, declaratieContext, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR339 } from './tr339.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR339 ProductCategorie as in the toewijzing', () => {
  it('passes the toegewezen ProductCategorie, and any on a generieke toewijzing', () => {
    expect(TR339.check(declaratie(), declaratieContext())).toEqual([]);
    expect(TR339.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ productCategorie: null, productCode: null })] }))).toEqual([]);
  });

  it('gives 9339 on another ProductCategorie', () => {
    expect(inEnglish(TR339.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ productCategorie: '02' })] })))).toEqual([
      expect.objectContaining({ rule: 'TR339', retourcode: '9339', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringMatching(/ProductCategorie 01, but toewijzing 260101 is for ProductCategorie 02/) }),
    ]);
  });
});
