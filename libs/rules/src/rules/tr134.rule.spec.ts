import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR134 } from './tr134.rule';

describe('TR134 an existing date not after the Dagtekening', () => {
  const start = okFixture('WMO305', 'start-delft-twee-producten.xml'); // Dagtekening 2026-02-06
  const declaratie = okFixture('WMO323', 'declaratie-delft-maart.xml'); // Dagtekening 2026-04-03

  it('passes a Geboortedatum on the Dagtekening and ProductPeriodes that began before it', () => {
    const message = changed(start, (b) => {
      b.Client.Geboortedatum.Datum = '2026-02-06';
    });
    expect(TR134.check(message, context())).toEqual([]);
    expect(TR134.check(declaratie, context())).toEqual([]);
  });

  it('gives 0001 on the Client for a Geboortedatum after the Dagtekening', () => {
    const message = changed(start, (b) => {
      b.Client.Geboortedatum.Datum = '2026-02-07';
    });
    expect(inEnglish(TR134.check(message, context()))).toEqual([
      {
        rule: 'TR134',
        retourcode: '0001',
        path: '/Bericht/Client',
        message: expect.stringContaining('Geboortedatum Datum 2026-02-07 lies after the Dagtekening 2026-02-06 of the message'),
      },
    ]);
  });

  it('gives 0001 for a Geboortedatum that does not exist', () => {
    const message = changed(start, (b) => {
      b.Client.Geboortedatum.Datum = '1950-02-30';
    });
    expect(inEnglish(TR134.check(message, context()))).toEqual([expect.objectContaining({ message: expect.stringContaining('1950-02-30 is not an existing date') })]);
  });

  it('gives 0001 on the Prestatie whose ProductPeriode begins after the Dagtekening', () => {
    const message = changed(declaratie, (b) => {
      const periode = b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.ProductPeriode;
      periode.Begindatum = '2026-04-04';
      periode.Einddatum = '2026-04-30';
    });
    expect(inEnglish(TR134.check(message, context()))).toEqual([
      expect.objectContaining({ rule: 'TR134', path: '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]' }),
    ]);
  });
});
