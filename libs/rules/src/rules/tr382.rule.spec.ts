import { findingMessage } from '../rule';
import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo307 } from '../testing/fake-toewijzing-state';
import { TR382 } from './tr382.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR382 a stop repeats the key of its start (9069)', () => {
  const toewijzingen = new FakeToewijzingState().withStart({ toewijzingNummer: '260101', begindatum: '2026-02-03' });
  const judge = (message: Parameters<typeof TR382.check>[0]) => inEnglish(TR382.check(message, context({ state: fakeState({ toewijzingen }) })));

  it('passes a stop with the ToewijzingNummer, Product and Begindatum of a start', () => {
    expect(judge(wmo307([{ ToewijzingNummer: '260101', Begindatum: '2026-02-03' }]))).toEqual([]);
  });

  it('does not check a removal', () => {
    expect(judge(wmo307([{ Begindatum: '2026-01-01', StatusAanlevering: '3' }]))).toEqual([]);
  });

  it('gives 9069 on the StopProduct whose Begindatum differs from the start, naming the start', () => {
    expect(judge(wmo307([{ ToewijzingNummer: '260101', Begindatum: '2026-02-01' }]))).toEqual([
      {
        rule: 'TR382',
        retourcode: '9069',
        path: '/Bericht/Client/StopProducten/StopProduct[1]',
        message: expect.stringMatching(/No start \(WMO305\).*start\(s\) of ToewijzingNummer 260101 have .*Begindatum 2026-02-03/),
      },
    ]);
  });

  it('says the finding in Dutch by default, with the starts of the ToewijzingNummer', () => {
    const twee = new FakeToewijzingState().withStart({ toewijzingNummer: '260101', begindatum: '2026-02-03' }).withStart({ toewijzingNummer: '260101', begindatum: '2026-05-04' });
    const findings = TR382.check(wmo307([{ ToewijzingNummer: '260101', Begindatum: '2026-02-01' }]), context({ state: fakeState({ toewijzingen: twee }) }));
    expect(findings.map((f) => findingMessage(f, 'nl'))).toEqual([
      'Voor deze stop (ToewijzingNummer 260101, Product 01/01A02, Begindatum 2026-02-01) is geen start (WMO305) met dezelfde sleutel ontvangen. ' +
        'De starts met ToewijzingNummer 260101 hebben ToewijzingNummer 260101, Product 01/01A02, Begindatum 2026-02-03; ToewijzingNummer 260101, Product 01/01A02, Begindatum 2026-05-04. ' +
        'Neem ToewijzingNummer, Product en Begindatum van de start ongewijzigd over in de stop.',
    ]);
  });

  it('gives 9069 when the Product differs from the start', () => {
    expect(judge(wmo307([{ Product: { Categorie: '01' } }]))).toEqual([expect.objectContaining({ retourcode: '9069' })]);
  });
});
