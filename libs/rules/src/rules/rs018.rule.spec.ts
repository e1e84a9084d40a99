import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS018 } from './rs018.rule';

describe('RS018 Maximale lengte 15 posities', () => {
  it('passes a Telefoonnummer of 15 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Contact.Telefoon!.Telefoon01.Telefoonnummer = '061234567890123';
    });
    expect(RS018.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact for a Telefoonnummer of 16 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Contact.Telefoon!.Telefoon01.Telefoonnummer = '0612345678901234';
    });
    expect(inEnglish(RS018.check(message, context()))).toEqual([
      { rule: 'RS018', retourcode: '0001', path: '/Bericht/Client/Relaties/Relatie[1]/Contact', message: expect.stringContaining('Telefoon/Telefoon01/Telefoonnummer "0612345678901234" is 16 characters long (RS018); at most 15 are allowed') },
    ]);
  });
});
