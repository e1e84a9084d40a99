import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR416 } from './tr416.rule';

describe('TR416 one debet per ToewijzingNummer, product and ProductPeriode', () => {
  // April 02A01 on 178301 is credited (Prestatie[1]) and declared again as debet (Prestatie[2]).
  const declaratie = okFixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');

  it('passes a credit and a new debet for the same product and period', () => {
    expect(TR416.check(declaratie, context())).toEqual([]);
  });

  it('gives 0001 on a second debet for the same toewijzing, product and period', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.IngediendBedrag.DebetCredit = 'D';
    });
    expect(inEnglish(TR416.check(message, context()))).toEqual([
      {
        rule: 'TR416',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
        message: expect.stringContaining(
          'Client[1]/Prestatie[2] is a second debet for ToewijzingNummer 178301, product 02A01 (categorie 02), 2026-04-01 to 2026-04-30, which Client[1]/Prestatie[1] already declares (TR416)',
        ),
      },
    ]);
  });
});
