import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR316 } from './tr316.rule';

describe('TR316 a debet line is not credited in the same message', () => {
  const declaratie = okFixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');

  it('passes a credit of a prestatie from an earlier declaratie', () => {
    expect(TR316.check(declaratie, context())).toEqual([]);
  });

  it('gives 0001 on the credit whose VorigReferentieNummer is a ReferentieNummer in the same message', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'THW-WL-26090003';
    });
    expect(inEnglish(TR316.check(message, context()))).toEqual([
      {
        rule: 'TR316',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringContaining('credits VorigReferentieNummer THW-WL-26090003, the ReferentieNummer of Client[1]/Prestatie[3] in this same declaratie'),
      },
    ]);
  });
});
