import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR315 } from './tr315.rule';

describe('TR315 VorigReferentieNummer unique in the message', () => {
  // Prestatie[1] credits THW-WL-26040001; the other three are debets.
  const declaratie = okFixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');

  it('passes a declaratie that credits a prestatie once', () => {
    expect(TR315.check(declaratie, context())).toEqual([]);
  });

  it('gives 0001 on the second prestatie that credits the same VorigReferentieNummer', () => {
    const message = changed(declaratie, (b) => {
      const prestaties = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie;
      prestaties[3]!.ProductReferentie.VorigReferentieNummer = 'THW-WL-26040001';
      prestaties[3]!.IngediendBedrag.DebetCredit = 'C';
    });
    expect(inEnglish(TR315.check(message, context()))).toEqual([
      {
        rule: 'TR315',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[4]',
        message: expect.stringContaining('Client[1]/Prestatie[4] has VorigReferentieNummer THW-WL-26040001, which Client[1]/Prestatie[1] already refers to'),
      },
    ]);
  });
});
