import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS037 } from './rs037.rule';

describe('RS037 Vullen met 9 cijfers.', () => {
  it('passes a Bsn of 9 digits', () => {
    const message = okFixture('WMO323', 'declaratie-delft-maart.xml');
    expect(RS037.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client of a declaratie for a Bsn of 8 digits', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.Clienten.Client[0]!.Bsn = '99999001';
    });
    expect(inEnglish(RS037.check(message, context()))).toEqual([
      { rule: 'RS037', retourcode: '0001', path: '/Bericht/Declaratie/Clienten/Client[1]', message: expect.stringContaining('Bsn "99999001" is not exactly 9 digits') },
    ]);
  });
});
