import { declaratie, declaratieContext, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR384 } from './tr384.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR384 no declaring on a withdrawn toewijzing', () => {
  it('passes a toewijzing with another RedenWijziging', () => {
    expect(TR384.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ redenWijziging: '01' })] }))).toEqual([]);
  });

  it('gives 9384 on a prestatie on a toewijzing with RedenWijziging 13', () => {
    expect(inEnglish(TR384.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ redenWijziging: '13', einddatum: '2026-01-01' })] })))).toEqual([
      expect.objectContaining({ rule: 'TR384', retourcode: '9384', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringMatching(/withdrew toewijzing 260101 \(RedenWijziging 13/) }),
    ]);
  });
});
