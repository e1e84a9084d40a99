import { declaratie, declaratieContext, FakeDeclaratieState, prestatie } from '../testing/fake-declaratie-state';
import { TR390 } from './tr390.rule';
import { inEnglish } from './support/restricties.testing';

const credit = declaratie({ clienten: [{ prestaties: [prestatie({ ref: 'R2603-0009', vorig: 'R2602-0001', IngediendBedrag: { Bedrag: '24500', DebetCredit: 'C' } })] }] });
const earlierCredit = (status: 'ingediend' | 'toegekend' | 'afgewezen') =>
  new FakeDeclaratieState().add({ referentieNummer: 'R2602-0001' }, { referentieNummer: 'C2602', declaratieNummer: 'D2603X', debetCredit: 'C', vorigReferentieNummer: 'R2602-0001', status });

describe('TR390 a debet is credited once', () => {
  it('passes the first credit, and one after an earlier credit was rejected', () => {
    expect(TR390.check(credit, declaratieContext({ declaraties: new FakeDeclaratieState().add({ referentieNummer: 'R2602-0001' }) }))).toEqual([]);
    expect(TR390.check(credit, declaratieContext({ declaraties: earlierCredit('afgewezen') }))).toEqual([]);
  });

  it('gives 9390 on a second credit of the same debet', () => {
    expect(inEnglish(TR390.check(credit, declaratieContext({ declaraties: earlierCredit('ingediend') })))).toEqual([
      {
        rule: 'TR390',
        retourcode: '9390',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/credits debet prestatie R2602-0001, which credit prestatie C2602 of declaratie D2603X already credited/),
      },
    ]);
  });
});
