import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS001 } from './rs001.rule';

describe('RS001 Minimale waarde 0', () => {
  it('passes amounts of 0 and more', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductTarief = '0';
    });
    expect(RS001.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie for a negative GeleverdVolume', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.GeleverdVolume = '-1';
    });
    expect(inEnglish(RS001.check(message, context()))).toEqual([
      { rule: 'RS001', retourcode: '0001', path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]', message: expect.stringContaining('GeleverdVolume "-1" is below the minimum of 0') },
    ]);
  });

  it('gives 0001 for an amount with decimals', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.IngediendBedrag.Bedrag = '398.00';
    });
    expect(inEnglish(RS001.check(message, context()))).toEqual([
      { rule: 'RS001', retourcode: '0001', path: '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]', message: expect.stringContaining('IngediendBedrag/Bedrag "398.00" is not a whole number') },
    ]);
  });
});
