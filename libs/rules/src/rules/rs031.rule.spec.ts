import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS031 } from './rs031.rule';

describe('RS031 Commentaarvelden niet leeg.', () => {
  it('passes a written Commentaar', () => {
    const message = okFixture('WMO315', 'vot-delft-stapeling-default-ns.xml');
    expect(RS031.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for a Commentaar of only spaces', () => {
    const message = changed(okFixture('WMO315', 'vot-delft-stapeling-default-ns.xml'), (b) => {
      b.Client.Commentaar = '   ';
    });
    expect(inEnglish(RS031.check(message, context()))).toEqual([
      { rule: 'RS031', retourcode: '0001', path: '/Bericht/Client', message: expect.stringContaining('Commentaar "   " is empty or only white space') },
    ]);
  });
});
