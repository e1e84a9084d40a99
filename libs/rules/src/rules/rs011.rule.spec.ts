import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS011 } from './rs011.rule';

describe('RS011 Maximale lengte 4 posities', () => {
  it('passes four-position RetourCodes and Landnummers', () => {
    const message = okFixture('WMO302', 'toewijzing-retour-delft-akkoord.xml');
    expect(RS011.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Header for a RetourCode of five positions', () => {
    const message = changed(okFixture('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml'), (b) => {
      b.Header.RetourCodes.RetourCode[0] = '02000' as never;
    });
    expect(inEnglish(RS011.check(message, context()))).toEqual([
      { rule: 'RS011', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('RetourCodes/RetourCode[1] "02000" is 5 characters long (RS011); at most 4 are allowed') },
    ]);
  });

  it('gives 0001 on the Contact for a Landnummer of five positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Contact.Telefoon!.Telefoon01.Landnummer = '00031';
    });
    expect(inEnglish(RS011.check(message, context()))).toEqual([
      { rule: 'RS011', retourcode: '0001', path: '/Bericht/Client/Relaties/Relatie[1]/Contact', message: expect.stringContaining('Telefoon/Telefoon01/Landnummer "00031" is 5 characters long') },
    ]);
  });
});
