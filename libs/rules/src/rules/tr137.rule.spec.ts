import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR137 } from './tr137.rule';

describe('TR137 Einddatum from the Begindatum up to the Dagtekening', () => {
  const declaratie = okFixture('WMO323', 'declaratie-delft-maart.xml'); // Dagtekening 2026-04-03, periods March 2026

  it('passes ProductPeriodes that ended before the Dagtekening, and one ending on it', () => {
    expect(TR137.check(declaratie, context())).toEqual([]);
    const message = changed(declaratie, (b) => {
      const periode = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode;
      periode.Begindatum = '2026-04-01';
      periode.Einddatum = '2026-04-03';
    });
    expect(TR137.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie whose Einddatum lies after the Dagtekening', () => {
    const message = changed(declaratie, (b) => {
      const periode = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductPeriode;
      periode.Begindatum = '2026-04-01';
      periode.Einddatum = '2026-04-30';
    });
    expect(inEnglish(TR137.check(message, context()))).toEqual([
      {
        rule: 'TR137',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
        message: expect.stringContaining('Client[1]/Prestatie[2] ProductPeriode Einddatum 2026-04-30 lies after the Dagtekening 2026-04-03'),
      },
    ]);
  });

  it('gives 0001 for an Einddatum before the Begindatum, in a 325 too', () => {
    const antwoord = okFixture('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml');
    const message = changed(antwoord, (b) => {
      b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2026-08-31';
    });
    expect(inEnglish(TR137.check(message, context()))).toEqual([
      expect.objectContaining({
        path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringContaining('lies before its Begindatum 2026-09-01'),
      }),
    ]);
  });
});
