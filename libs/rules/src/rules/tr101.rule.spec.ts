import { findingMessage } from '../rule';
import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR101 } from './tr101.rule';

describe('TR101 no duplicate lines within a message', () => {
  const toewijzing = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
  const start = okFixture('WMO305', 'start-delft-twee-producten.xml');
  const declaratie = okFixture('WMO323', 'declaratie-delft-maart.xml');

  it('passes messages whose classes all have their own key', () => {
    expect(TR101.check(toewijzing, context())).toEqual([]);
    expect(TR101.check(start, context())).toEqual([]);
    expect(TR101.check(declaratie, context())).toEqual([]);
  });

  it('gives 0001 on the second ToegewezenProduct with the same ToewijzingNummer', () => {
    const message = changed(toewijzing, (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[1]!.ToewijzingNummer = '260101';
    });
    expect(inEnglish(TR101.check(message, context()))).toEqual([
      {
        rule: 'TR101',
        retourcode: '0001',
        path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]',
        message: expect.stringContaining('ToegewezenProduct[2] repeats ToegewezenProduct[1]: both have ToewijzingNummer 260101'),
      },
    ]);
  });

  it('gives 0001 on a StartProduct that repeats the whole key of another', () => {
    const message = changed(start, (b) => {
      b.Client.StartProducten.StartProduct.push(structuredClone(b.Client.StartProducten.StartProduct[0]!));
    });
    expect(inEnglish(TR101.check(message, context()))).toEqual([expect.objectContaining({ rule: 'TR101', path: '/Bericht/Client/StartProducten/StartProduct[3]' })]);
  });

  it('names the key of the duplicate in Dutch, an empty element as (leeg)', () => {
    const message = changed(start, (b) => {
      const again = structuredClone(b.Client.StartProducten.StartProduct[0]!);
      delete again.Product!.Code;
      b.Client.StartProducten.StartProduct.push(again, structuredClone(again));
    });
    expect(TR101.check(message, context()).map((f) => findingMessage(f, 'nl'))).toEqual([
      expect.stringMatching(/^StartProduct\[4\] herhaalt StartProduct\[3\]: beide hebben ToewijzingNummer \d+, Product Categorie \d+, Product Code \(leeg\), Begindatum [-\d]+ \(TR101\); een bericht mag/),
    ]);
  });

  it('gives 0001 on a second Contact of the same Soort', () => {
    const message = changed(toewijzing, (b) => {
      b.Client.Contactgegevens.Contact.push({ Soort: '01', Telefoon: { Telefoon01: { Telefoonnummer: '0152000000', Landnummer: '0031' } } });
    });
    expect(inEnglish(TR101.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Contactgegevens/Contact[2]' })]);
  });

  it('gives 0001 on a Prestatie with the ProductReferentie of another Prestatie of the same client', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductReferentie.ReferentieNummer = 'ZD2603-0001';
    });
    expect(inEnglish(TR101.check(message, context()))).toEqual([
      expect.objectContaining({ rule: 'TR101', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]' }),
    ]);
  });

  it('gives 0001 on a second Client with the same Bsn in a declaratie', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.Clienten.Client[1]!.Bsn = '999990019';
    });
    expect(inEnglish(TR101.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Declaratie/Clienten/Client[2]' })]);
  });
});
