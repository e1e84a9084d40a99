import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS017 } from './rs017.rule';

describe('RS017 Maximale lengte 12 posities', () => {
  it('passes identifications of 12 positions', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.DeclaratieNummer = 'ZD202603D012';
    });
    expect(RS017.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Declaratie for a DeclaratieNummer of 13 positions', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.DeclaratieNummer = 'ZD202603D0123';
    });
    expect(inEnglish(RS017.check(message, context()))).toEqual([
      { rule: 'RS017', retourcode: '0001', path: '/Bericht/Declaratie', message: expect.stringContaining('DeclaratieNummer "ZD202603D0123" is 13 characters long (RS017); at most 12 are allowed') },
    ]);
  });

  it('gives 0001 on the Header of a retour for an IdentificatieRetour of 13 positions', () => {
    const message = changed(okFixture('WMO302', 'toewijzing-retour-delft-akkoord.xml'), (b) => {
      b.Header.IdentificatieRetour = 'ZD-R-00447101';
    });
    expect(inEnglish(RS017.check(message, context()))).toEqual([
      { rule: 'RS017', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('IdentificatieRetour "ZD-R-00447101" is 13 characters long') },
    ]);
  });
});
