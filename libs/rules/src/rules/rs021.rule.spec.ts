import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS021 } from './rs021.rule';

describe('RS021 Maximale lengte 25 posities', () => {
  it('passes a Taal of 25 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Communicatie = { Vorm: '1', Taal: 'Tigrinya (Eritrees dial.)' };
    });
    expect(RS021.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for a Taal of 26 positions', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Communicatie = { Vorm: '1', Taal: 'Tigrinya (Eritrees dialec)' };
    });
    expect(inEnglish(RS021.check(message, context()))).toEqual([
      { rule: 'RS021', retourcode: '0001', path: '/Bericht/Client', message: expect.stringContaining('Communicatie/Taal "Tigrinya (Eritrees dialec)" is 26 characters long (RS021); at most 25 are allowed') },
    ]);
  });
});
