import { findingMessage } from '../rule';
import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo301 } from '../testing/fake-toewijzing-state';
import { TR332 } from './tr332.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR332 every ToegewezenProduct has a number unique within the gemeente', () => {
  const toewijzingen = new FakeToewijzingState().withProduct({ toewijzingNummer: '260101' });
  const judge = (message: Parameters<typeof TR332.check>[0]) => inEnglish(TR332.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes a new number, and a later version of the same toewijzing (other Einddatum, RedenWijziging 13)', () => {
    expect(judge(wmo301([{ ToewijzingNummer: '260102', Product: { Categorie: '02', Code: '02A02' } }]))).toEqual([]);
    expect(judge(wmo301([{ ToewijzingNummer: '260101', Einddatum: '2026-02-01', RedenWijziging: '13', Toewijzingsdatum: '2026-02-01' }]))).toEqual([]);
  });

  it('passes the same number in another gemeente', () => {
    expect(judge(wmo301([{ ToewijzingNummer: '260101' }], { gemeente: '0603', bsn: '999990032' }))).toEqual([]);
  });

  it('gives 9332 on a number already used for another aanbieder', () => {
    expect(judge(wmo301([{ ToewijzingNummer: '260101' }], { aanbieder: '87654321' }))).toEqual([
      {
        rule: 'TR332',
        retourcode: '9332',
        path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]',
        message: expect.stringMatching(/ToewijzingNummer 260101 is not unique within gemeente 0503: it was already used for a toewijzing to another aanbieder \(12345678\)/),
      },
    ]);
  });

  it('says the finding in Dutch by default', () => {
    const findings = TR332.check(wmo301([{ ToewijzingNummer: '0260101', Product: { Categorie: '02', Code: '02A02' } }]), context({ state: fakeState({ toewijzingen }) }));
    expect(findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      'ToewijzingNummer 0260101 is niet uniek binnen gemeente 0503: het is al gebruikt voor een ander Product (01/01A02) van deze cliënt. ' +
        'Geef elke nieuwe toewijzing een eigen nummer; bij een wijziging van een bestaande toewijzing blijven cliënt, aanbieder en Product gelijk.',
    ]);
  });

  it('gives 9332 on a number already used for another client or another Product', () => {
    expect(judge(wmo301([{ ToewijzingNummer: '260101' }], { bsn: '999990032' }))[0].message).toMatch(/another client/);
    expect(judge(wmo301([{ ToewijzingNummer: '0260101', Product: { Categorie: '02', Code: '02A02' } }]))[0].message).toMatch(/another Product \(01\/01A02\)/);
  });

  it('gives 9332 on the second ToegewezenProduct with the same number in one message', () => {
    expect(judge(wmo301([{ ToewijzingNummer: '5' }, { ToewijzingNummer: '6' }, { ToewijzingNummer: '005' }]))).toEqual([
      expect.objectContaining({ retourcode: '9332', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[3]', message: expect.stringMatching(/ToegewezenProduct 1 of this message/) }),
    ]);
  });
});
