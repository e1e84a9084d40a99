import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS026 } from './rs026.rule';

describe('RS026 Maximale lengte 80 posities', () => {
  it('passes an Emailadres of 80 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Contact.Emailadres = `${'e'.repeat(69)}@example.nl`;
    });
    expect(RS026.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact for an Emailadres of 81 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Contact.Emailadres = `${'e'.repeat(70)}@example.nl`;
    });
    expect(inEnglish(RS026.check(message, context()))).toEqual([
      { rule: 'RS026', retourcode: '0001', path: '/Bericht/Client/Relaties/Relatie[1]/Contact', message: expect.stringContaining('is 81 characters long (RS026); at most 80 are allowed') },
    ]);
  });
});
