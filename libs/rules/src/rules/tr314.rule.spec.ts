import { declaratie, declaratieContext, FakeDeclaratieState, prestatie } from '../testing/fake-declaratie-state';
import { TR314 } from './tr314.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR314 ReferentieNummer unique for the aanbieder', () => {
  it('passes new ReferentieNummers, and one another aanbieder used', () => {
    const declaraties = new FakeDeclaratieState().add({ aanbieder: '87654321', referentieNummer: 'R2603-0001' });
    const message = declaratie({ clienten: [{ prestaties: [prestatie(), prestatie({ ref: 'R2603-0002' })] }] });
    expect(TR314.check(message, declaratieContext({ declaraties }))).toEqual([]);
  });

  it('gives 8021 on a ReferentieNummer used in an earlier declaratie, to any gemeente, even if afgewezen', () => {
    const declaraties = new FakeDeclaratieState().add({ gemeente: '1783', referentieNummer: 'R2603-0001', declaratieNummer: 'W2602', status: 'afgewezen' });
    expect(inEnglish(TR314.check(declaratie(), declaratieContext({ declaraties })))).toEqual([
      {
        rule: 'TR314',
        retourcode: '8021',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/R2603-0001 .*already used in declaratie W2602 to gemeente 1783/),
      },
    ]);
  });

  it('gives 8021 on the second use within the message only', () => {
    const message = declaratie({ clienten: [{ prestaties: [prestatie()] }, { bsn: '999990032', prestaties: [prestatie()] }] });
    expect(inEnglish(TR314.check(message, declaratieContext()))).toEqual([
      expect.objectContaining({ path: '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]', message: expect.stringMatching(/this declaratie \(Client\[1\]\/Prestatie\[1\]/) }),
    ]);
  });
});
