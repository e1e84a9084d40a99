import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS045 } from './rs045.rule';

describe('RS045 Aaneengesloten vullen (zonder punten of spaties).', () => {
  it('passes Voorletters JM', () => {
    const message = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    expect(RS045.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for Voorletters with dots', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Naam.Voorletters = 'J.M.';
    });
    expect(inEnglish(RS045.check(message, context()))).toEqual([
      { rule: 'RS045', retourcode: '0001', path: '/Bericht/Client', message: expect.stringContaining('Naam/Voorletters "J.M." contains dots or spaces') },
    ]);
  });

  it('gives 0001 on the Relatie for Voorletters with a space', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Naam.Voorletters = 'E M';
    });
    expect(inEnglish(RS045.check(message, context()))).toEqual([
      { rule: 'RS045', retourcode: '0001', path: '/Bericht/Client/Relaties/Relatie[1]', message: expect.stringContaining('Naam/Voorletters "E M" contains dots or spaces') },
    ]);
  });
});
