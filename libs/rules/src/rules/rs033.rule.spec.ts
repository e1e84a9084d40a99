import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS033 } from './rs033.rule';

describe('RS033 Geen lege elementen in XML.', () => {
  it('passes a message without empty elements', () => {
    expect(RS033.check(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the Relatie for a Voorvoegsel of only spaces', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Naam.Geslachtsnaam.Voorvoegsel = '  ';
    });
    expect(inEnglish(RS033.check(message, context()))).toEqual([
      { rule: 'RS033', retourcode: '0001', path: '/Bericht/Client/Relaties/Relatie[1]', message: expect.stringContaining('Naam/Geslachtsnaam/Voorvoegsel is present but empty') },
    ]);
  });

  it('gives 0001 on the Contact for an empty Adres', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Contactgegevens.Contact[0]!.Adres = {};
    });
    expect(inEnglish(RS033.check(message, context()))).toEqual([
      { rule: 'RS033', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[1]', message: expect.stringContaining('Adres is present but has no content') },
    ]);
  });

  it('gives 0001 on the Header of a retour for an empty IdentificatieRetour', () => {
    const message = changed(okFixture('WMO302', 'toewijzing-retour-delft-akkoord.xml'), (b) => {
      b.Header.IdentificatieRetour = '';
    });
    expect(inEnglish(RS033.check(message, context()))).toEqual([
      { rule: 'RS033', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('IdentificatieRetour is present but empty') },
    ]);
  });
});
