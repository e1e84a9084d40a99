import { findingMessage } from '../rule';
import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
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
    expect(inEnglish(TR358.check(message, context()))).toEqual([
      {
        rule: 'TR358',
        retourcode: '0001',
        path: '/Bericht/Declaratie',
        message: expect.stringContaining('TotaalIngediendBedrag is 147600 D (€1,476.00) but the prestaties add up to 68000 D (€680.00)'),
      },
    ]);
  });

  it('says the finding in Dutch by default, amounts as Dutch euros', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = '147600';
    });
    expect(TR358.check(message, context()).map((f) => findingMessage(f, 'nl'))).toEqual([
      'TotaalIngediendBedrag is 147600 D (€\u00a01.476,00) maar de prestaties tellen op tot 68000 D (€\u00a0680,00), debet min credit (TR358); vul TotaalBedrag met 68000 en DebetCredit D, of corrigeer de prestaties.',
    ]);
  });
});
