import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS032 } from './rs032.rule';

describe('RS032 Datum vullen zonder tijdzone.', () => {
  it('passes dates without time zone, a leap day included', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Einddatum = '2028-02-29';
    });
    expect(RS032.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the ToegewezenProduct for an Einddatum with a time zone', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Einddatum = '2026-12-31Z';
    });
    expect(inEnglish(RS032.check(message, context()))).toEqual([
      { rule: 'RS032', retourcode: '0001', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]', message: expect.stringContaining('Einddatum "2026-12-31Z" has a time zone (RS032); a date is filled without time zone: send it as 2026-12-31.') },
    ]);
  });

  it('gives 0001 for a date that does not exist', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Ingangsdatum = '2026-02-29';
    });
    expect(inEnglish(RS032.check(message, context()))).toEqual([
      { rule: 'RS032', retourcode: '0001', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]', message: expect.stringContaining('Ingangsdatum "2026-02-29" is not an existing calendar date') },
    ]);
  });

  it('gives 0001 on the Header of a 325 for a DeclaratieIdentificatie Dagtekening with an offset', () => {
    const message = changed(okFixture('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml'), (b) => {
      b.Header.DeclaratieIdentificatie.Dagtekening = '2026-10-05+01:00';
    });
    expect(inEnglish(RS032.check(message, context()))).toEqual([
      { rule: 'RS032', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('DeclaratieIdentificatie/Dagtekening "2026-10-05+01:00" has a time zone') },
    ]);
  });
});
