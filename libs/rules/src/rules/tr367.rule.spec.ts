import { afgewezen, declaratieAntwoord, declaratieContext, declaratieState, FakeDeclaratieState, prestatie, prestatieState } from '../testing/fake-declaratie-state';
import { TR367 } from './tr367.rule';
import { inEnglish } from './support/restricties.testing';

const declared = () =>
  new FakeDeclaratieState()
    .addDeclaratie(declaratieState({ declaratieNummer: 'D2603', identificatie: 'DECL-2603', dagtekening: '2026-04-03', status: 'ingediend' }))
    .add(prestatieState({ declaratieNummer: 'D2603', referentieNummer: 'R2603-0001', productPeriode: { begindatum: '2026-03-01', einddatum: '2026-03-31' }, status: 'ingediend' }));

describe('TR367 a returned prestatie repeats the declared values', () => {
  it('passes the prestatie as declared (numbers and ToewijzingNummer in any lexical form)', () => {
    const same = afgewezen(prestatie({ ToewijzingNummer: '0260101', GeleverdVolume: '01' }), '0611');
    expect(TR367.check(declaratieAntwoord({ clienten: [{ prestaties: [same] }] }), declaratieContext({ declaraties: declared() }))).toEqual([]);
  });

  it('gives 9367 listing what differs', () => {
    const changed = afgewezen(prestatie({ ProductTarief: '25400', IngediendBedrag: { Bedrag: '25400', DebetCredit: 'D' } }), '0611');
    expect(inEnglish(TR367.check(declaratieAntwoord({ clienten: [{ prestaties: [changed] }] }), declaratieContext({ declaraties: declared() })))).toEqual([
      {
        rule: 'TR367',
        retourcode: '9367',
        path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/differs from the prestatie in declaratie D2603 in ProductTarief \(25400, declared 24500\); IngediendBedrag Bedrag \(25400, declared 24500\)/),
      },
    ]);
  });
});
