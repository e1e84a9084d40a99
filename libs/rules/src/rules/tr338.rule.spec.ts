import { declaratie, declaratieContext, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR338 } from './tr338.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR338 every prestatie relates to a toegewezen product', () => {
  it('passes a prestatie on a toewijzing of this gemeente and aanbieder, with the number in any lexical form', () => {
    expect(TR338.check(declaratie(), declaratieContext())).toEqual([]);
    expect(TR338.check(declaratie({ clienten: [{ prestaties: [prestatie({ ToewijzingNummer: '0260101' })] }] }), declaratieContext())).toEqual([]);
  });

  it('gives 9338 on a prestatie without toewijzing, also when another aanbieder has that number', () => {
    const ctx = declaratieContext({ toewijzingen: [toegewezenProduct({ aanbieder: '87654321' })] });
    expect(inEnglish(TR338.check(declaratie(), ctx))).toEqual([
      {
        rule: 'TR338',
        retourcode: '9338',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/gemeente 0503 has not sent aanbieder 12345678 a toewijzing with ToewijzingNummer 260101/),
      },
    ]);
  });
});
