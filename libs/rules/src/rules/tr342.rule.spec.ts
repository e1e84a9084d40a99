import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR342 } from './tr342.rule';

describe('TR342 the declaratie-antwoord returns only rejected prestaties', () => {
  // Ingediend 68000 D, toegekend 42600 D, one rejected prestatie of 25400 D (RetourCode 0611).
  const antwoord = okFixture('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml');
  const afgewezen = okFixture('WMO325', 'declaratie-antwoord-rijswijk-declaratienummer-niet-uniek-ongewone-prefixen.xml');

  it('passes a partly, a wholly and a not awarded declaratie', () => {
    expect(TR342.check(antwoord, context())).toEqual([]);
    expect(TR342.check(afgewezen, context())).toEqual([]);
    expect(TR342.check(okFixture('WMO325', 'declaratie-antwoord-delft-volledig-toegekend.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the DeclaratieAntwoord when the rejected prestaties do not explain the difference', () => {
    const message = changed(antwoord, (b) => {
      b.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag = '42000';
    });
    expect(inEnglish(TR342.check(message, context()))).toEqual([
      {
        rule: 'TR342',
        retourcode: '0001',
        path: '/Bericht/DeclaratieAntwoord',
        message: expect.stringContaining(
          'TotaalIngediendBedrag €680.00 minus TotaalToegekendBedrag €420.00 is €260.00, but the returned (rejected) prestaties add up to €254.00',
        ),
      },
    ]);
  });

  it('gives 0001 on a Prestatie returned with only 0200', () => {
    const message = changed(antwoord, (b) => {
      b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.RetourCodes.RetourCode = ['0200'];
    });
    expect(inEnglish(TR342.check(message, context()))).toEqual([
      expect.objectContaining({ rule: 'TR342', path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]' }),
    ]);
  });

  it('gives 0001 when a rejected declaratie is awarded an amount', () => {
    const message = changed(afgewezen, (b) => {
      b.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag = '29850';
    });
    expect(inEnglish(TR342.check(message, context()))).toEqual([
      expect.objectContaining({ path: '/Bericht/DeclaratieAntwoord', message: expect.stringContaining('rejects the declaratie (RetourCode 9333) but TotaalToegekendBedrag is €298.50') }),
    ]);
  });
});
