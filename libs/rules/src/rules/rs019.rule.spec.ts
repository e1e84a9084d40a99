import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS019 } from './rs019.rule';

describe('RS019 Maximale lengte 20 posities', () => {
  it('passes a ReferentieNummer of 20 positions', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer = 'ZD2603-0001-ABCDEFGH';
    });
    expect(RS019.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie for a ReferentieNummer of 21 positions', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer = 'ZD2603-0001-ABCDEFGHI';
    });
    expect(inEnglish(RS019.check(message, context()))).toEqual([
      { rule: 'RS019', retourcode: '0001', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringContaining('ProductReferentie/ReferentieNummer "ZD2603-0001-ABCDEFGHI" is 21 characters long (RS019); at most 20 are allowed') },
    ]);
  });
});
