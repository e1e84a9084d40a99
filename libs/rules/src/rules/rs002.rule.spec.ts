import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS002 } from './rs002.rule';

describe('RS002 Maximale waarde 99', () => {
  it('passes a Volgorde of 99', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Volgorde = '99';
    });
    expect(RS002.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Relatie for a Volgorde of 100', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.Relaties!.Relatie[0]!.Volgorde = '100';
    });
    expect(inEnglish(RS002.check(message, context()))).toEqual([
      { rule: 'RS002', retourcode: '0001', path: '/Bericht/Client/Relaties/Relatie[1]', message: expect.stringContaining('Volgorde "100" is above the maximum of 99') },
    ]);
  });
});
