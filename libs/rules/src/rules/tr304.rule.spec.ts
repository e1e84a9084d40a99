import { findingMessage } from '../rule';
import { afgewezen, declaratie, declaratieAntwoord, declaratieContext, declaratieState, FakeDeclaratieState, prestatie, prestatieState, toegewezenProduct } from '../testing/fake-declaratie-state';
import { STANDARD_RULES } from '../catalogue/standard-rules';
import { wmo317 } from '../testing/fake-toewijzing-state';
import { TR304 } from './tr304.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR304 the prestatie belongs to the client', () => {
  it('passes a prestatie under the client of its toewijzing', () => {
    expect(TR304.check(declaratie(), declaratieContext())).toEqual([]);
  });

  it('gives 8187 on a prestatie under another client than its toewijzing', () => {
    const message = declaratie({ clienten: [{ bsn: '999990032', prestaties: [prestatie()] }] });
    expect(inEnglish(TR304.check(message, declaratieContext({ toewijzingen: [toegewezenProduct({ bsn: '999990019' })] })))).toEqual([
      {
        rule: 'TR304',
        retourcode: '8187',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/R2603-0001 .*toewijzing 260101 belongs to client \*{6}019, not to \*{6}032/),
      },
    ]);
  });

  it('says the finding in Dutch by default', () => {
    const message = declaratie({ clienten: [{ bsn: '999990032', prestaties: [prestatie()] }] });
    expect(TR304.check(message, declaratieContext({ toewijzingen: [toegewezenProduct({ bsn: '999990019' })] })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'Prestatie R2603-0001 (cliënt ******032, toewijzing 260101): toewijzing 260101 hoort bij cliënt ******019, niet bij ******032; zet de prestatie onder de cliënt van de toewijzing, of gebruik het ToewijzingNummer van die cliënt.',
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

  it('applies to the messages the standard lists', () => {
    expect([...TR304.appliesTo].sort()).toEqual([...STANDARD_RULES.find((r) => r.code === 'TR304')!.messages].sort());
  });

  describe('on a 317', () => {
    const ctx = () => declaratieContext({ toewijzingen: [toegewezenProduct({ bsn: '999990019' }), toegewezenProduct({ toewijzingNummer: '260102', bsn: '999990032' })] });
    const verzoek = (ongewijzigd: string[], teWijzigen: string[], bsn = '999990019') =>
      wmo317(
        {
          ...(ongewijzigd.length ? { OngewijzigdeProducten: { OngewijzigdProduct: ongewijzigd.map((ToewijzingNummer) => ({ ToewijzingNummer })) } } : {}),
          ...(teWijzigen.length ? { TeWijzigenProducten: { TeWijzigenProduct: teWijzigen.map((ToewijzingNummer) => ({ ToewijzingNummer, GewensteIngangsdatum: '2026-07-01' })) } } : {}),
        },
        { bsn },
      );

    it('passes toewijzingen of the client, unknown ToewijzingNummers and a verzoek with only NieuweProducten', () => {
      expect(TR304.check(verzoek(['260101'], ['260101']), ctx())).toEqual([]);
      expect(TR304.check(verzoek(['260102'], [], '999990032'), ctx())).toEqual([]);
      expect(TR304.check(verzoek(['999999'], ['999998']), ctx())).toEqual([]);
      expect(TR304.check(wmo317({ NieuweProducten: { NieuwProduct: [{ Product: { Categorie: '01', Code: '01A02' }, GewensteIngangsdatum: '2026-07-01' }] } }), ctx())).toEqual([]);
    });

    it('gives 8187 on an OngewijzigdProduct or TeWijzigenProduct of another client', () => {
      expect(inEnglish(TR304.check(verzoek(['260101', '260102'], ['260101', '260102']), ctx()))).toEqual([
        {
          rule: 'TR304',
          retourcode: '8187',
          path: '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[2]',
          message: expect.stringMatching(/^OngewijzigdProduct\[2\]: toewijzing 260102 belongs to client \*{6}032, not to \*{6}019/),
        },
        expect.objectContaining({ retourcode: '8187', path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]', message: expect.stringMatching(/toewijzing 260102 belongs to client \*{6}032/) }),
      ]);
    });
  });
});
