import { declaratie, declaratieContext, FakeDeclaratieState, prestatie, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR369 } from './tr369.rule';
import { inEnglish } from './support/restricties.testing';

const budget = toegewezenProduct({ productCode: null, omvang: null, budget: '100000' });
const euros = (ref: string, cents: number, debet: 'D' | 'C' = 'D', vorig?: string) =>
  prestatie({ ref, vorig, GeleverdVolume: String(cents), Eenheid: '83', ProductTarief: undefined, IngediendBedrag: { Bedrag: String(cents), DebetCredit: debet } });

describe('TR369 the sum declared within the Budget of the toewijzing', () => {
  it('passes what fits in the Budget, counting earlier debet minus credit', () => {
    const declaraties = new FakeDeclaratieState().add({ referentieNummer: 'E1', bedrag: 70000 }, { referentieNummer: 'E2', bedrag: 20000, debetCredit: 'C', vorigReferentieNummer: 'E1' });
    const message = declaratie({ clienten: [{ prestaties: [euros('N1', 50000)] }] });
    expect(TR369.check(message, declaratieContext({ toewijzingen: [budget], declaraties }))).toEqual([]);
  });

  it('gives 9369 on the debet that goes over the Budget', () => {
    const declaraties = new FakeDeclaratieState().add({ referentieNummer: 'E1', bedrag: 70000 });
    const message = declaratie({ clienten: [{ prestaties: [euros('N1', 20000), euros('N2', 20000)] }] });
    expect(inEnglish(TR369.check(message, declaratieContext({ toewijzingen: [budget], declaraties })))).toEqual([
      {
        rule: 'TR369',
        retourcode: '9369',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
        message: expect.stringMatching(/N2 .*to €1,100.00, more than its Budget of €1,000.00 .*at most €100.00 can still be declared/),
      },
    ]);
  });

  it('does not apply to a toewijzing without Budget', () => {
    expect(TR369.check(declaratie({ clienten: [{ prestaties: [euros('N1', 9999999)] }] }), declaratieContext())).toEqual([]);
  });
});
