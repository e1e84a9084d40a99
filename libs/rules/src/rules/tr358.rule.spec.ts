import { context } from '../testing/fake-state';
import { changed, okFixture } from './support/restricties.testing';
import { TR358 } from './tr358.rule';

describe('TR358 TotaalIngediendBedrag is the sum of the prestaties, debet minus credit', () => {
  // 41200 + 41200 + 25400 - 39800 = 68000 D.
  const declaratie = okFixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');

  it('passes a total that counts the credit negative', () => {
    expect(TR358.check(declaratie, context())).toEqual([]);
  });

  it('passes a credit total when the credits outweigh the debets', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie.splice(1, 3);
      b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: '39800', DebetCredit: 'C' };
    });
    expect(TR358.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Declaratie when the credit was added instead of subtracted', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = '147600';
    });
    expect(TR358.check(message, context())).toEqual([
      {
        rule: 'TR358',
        retourcode: '0001',
        path: '/Bericht/Declaratie',
        message: expect.stringContaining('TotaalIngediendBedrag is 147600 D (EUR 1476.00) but the prestaties add up to 68000 D (EUR 680.00)'),
      },
    ]);
  });
});
