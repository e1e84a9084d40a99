import { findingMessage } from '../rule';
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
    expect(TR384.check(declaratie(), declaratieContext({ toewijzingen: [toegewezenProduct({ redenWijziging: '13', einddatum: '2026-01-01' })] })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'Prestatie R2603-0001 (cliënt ******019, toewijzing 260101): de gemeente heeft toewijzing 260101 ingetrokken (RedenWijziging 13, verwijderd), dus daarop kan niets worden gedeclareerd; vraag de gemeente welke toewijzing ervoor in de plaats komt.',
    ]);
  });
});
