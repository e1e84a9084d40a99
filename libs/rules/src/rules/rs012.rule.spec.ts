import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS012 } from './rs012.rule';

describe('RS012 Maximale lengte 5 posities', () => {
  it('passes ProductCode 01A02', () => {
    const message = okFixture('WMO323', 'declaratie-delft-maart.xml');
    expect(RS012.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie for a ProductCode of six positions', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductCode = '01A021';
    });
    expect(inEnglish(RS012.check(message, context()))).toEqual([
      { rule: 'RS012', retourcode: '0001', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringContaining('ProductCode "01A021" is 6 characters long (RS012); at most 5 are allowed') },
    ]);
  });
});
