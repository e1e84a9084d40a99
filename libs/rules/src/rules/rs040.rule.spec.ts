import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS040 } from './rs040.rule';

describe('RS040 Maximale waarde 999999999999 (12*9)', () => {
  it('passes a TotaalBedrag of 999999999999', () => {
    const message = changed(okFixture('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml'), (b) => {
      b.DeclaratieAntwoord!.TotaalIngediendBedrag.TotaalBedrag = '999999999999';
    });
    expect(RS040.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the DeclaratieAntwoord for a TotaalToegekendBedrag of 13 digits', () => {
    const message = changed(okFixture('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml'), (b) => {
      b.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag = '1000000000000';
    });
    expect(inEnglish(RS040.check(message, context()))).toEqual([
      { rule: 'RS040', retourcode: '0001', path: '/Bericht/DeclaratieAntwoord', message: expect.stringContaining('TotaalToegekendBedrag/TotaalBedrag "1000000000000" is above the maximum of 999999999999') },
    ]);
  });
});
