import { afgewezen, declaratieAntwoord, declaratieContext, declaratieState, FakeDeclaratieState, prestatie, prestatieState } from '../testing/fake-declaratie-state';
import { TR366 } from './tr366.rule';
import { inEnglish } from './support/restricties.testing';

const declared = () =>
  new FakeDeclaratieState()
    .addDeclaratie(declaratieState({ declaratieNummer: 'D2603', identificatie: 'DECL-2603', dagtekening: '2026-04-03', status: 'ingediend' }))
    .add(prestatieState({ declaratieNummer: 'D2603', referentieNummer: 'R2603-0001', status: 'ingediend' }));

describe('TR366 every prestatie of a declaratie-antwoord relates to the declaratie', () => {
  it('passes a returned prestatie of the answered 323, and an answer without prestaties', () => {
    expect(TR366.check(declaratieAntwoord({ clienten: [{ prestaties: [afgewezen(prestatie(), '0611')] }] }), declaratieContext({ declaraties: declared() }))).toEqual([]);
    expect(TR366.check(declaratieAntwoord(), declaratieContext())).toEqual([]);
  });

  it('gives 9366 on a prestatie that the answered 323 does not have', () => {
    const message = declaratieAntwoord({ clienten: [{ prestaties: [afgewezen(prestatie({ ref: 'R-ONBEKEND' }), '0611')] }] });
    expect(inEnglish(TR366.check(message, declaratieContext({ declaraties: declared() })))).toEqual([
      {
        rule: 'TR366',
        retourcode: '9366',
        path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/R-ONBEKEND .*declaratie D2603 \(message DECL-2603 of 2026-04-03\) .*has no prestatie with that ReferentieNummer/),
      },
    ]);
  });

  it('leaves a DeclaratieIdentificatie that names no 323 to TR337 (refused without a retourbericht)', () => {
    const message = declaratieAntwoord({ declaratieIdentificatie: 'ANDERS', clienten: [{ prestaties: [afgewezen(prestatie(), '0611')] }] });
    expect(TR366.check(message, declaratieContext({ declaraties: declared() }))).toEqual([]);
  });
});
