import { afgewezen, declaratie, declaratieAntwoord, declaratieContext, declaratieState, FakeDeclaratieState, prestatie, prestatieState, toegewezenProduct } from '../testing/fake-declaratie-state';
import { TR304 } from './tr304.rule';

describe('TR304 the prestatie belongs to the client', () => {
  it('passes a prestatie under the client of its toewijzing', () => {
    expect(TR304.check(declaratie(), declaratieContext())).toEqual([]);
  });

  it('gives 8187 on a prestatie under another client than its toewijzing', () => {
    const message = declaratie({ clienten: [{ bsn: '999990032', prestaties: [prestatie()] }] });
    expect(TR304.check(message, declaratieContext({ toewijzingen: [toegewezenProduct({ bsn: '999990019' })] }))).toEqual([
      {
        rule: 'TR304',
        retourcode: '8187',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/R2603-0001 .*toewijzing 260101 belongs to client 999990019, not to 999990032/),
      },
    ]);
  });

  it('checks a 325 against the client of the prestatie in the 323 it answers', () => {
    const declaraties = new FakeDeclaratieState().addDeclaratie(declaratieState({ declaratieNummer: 'D2603', identificatie: 'DECL-2603', dagtekening: '2026-04-03' }));
    declaraties.add(prestatieState({ declaratieNummer: 'D2603', referentieNummer: 'R2603-0001', status: 'ingediend' }));
    const ctx = declaratieContext({ declaraties });
    expect(TR304.check(declaratieAntwoord({ clienten: [{ prestaties: [afgewezen(prestatie(), '0611')] }] }), ctx)).toEqual([]);
    expect(TR304.check(declaratieAntwoord({ clienten: [{ bsn: '999990032', prestaties: [afgewezen(prestatie(), '0611')] }] }), ctx)).toEqual([
      expect.objectContaining({ retourcode: '8187', path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]' }),
    ]);
  });
});
