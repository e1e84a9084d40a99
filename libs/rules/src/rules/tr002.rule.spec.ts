import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR002 } from './tr002.rule';

describe('TR002 Geboortedatum not more than 120 years before the Dagtekening', () => {
  const toewijzing = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'); // Dagtekening 2026-01-22

  it('passes a birth date exactly 120 years before the Dagtekening, and an unknown birth date', () => {
    const message = changed(toewijzing, (b) => {
      b.Client.Geboortedatum.Datum = '1906-01-22';
      b.Client.Relaties!.Relatie[0]!.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' };
    });
    expect(TR002.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for a birth date more than 120 years back', () => {
    const message = changed(toewijzing, (b) => {
      b.Client.Geboortedatum.Datum = '1906-01-21';
    });
    expect(inEnglish(TR002.check(message, context()))).toEqual([
      {
        rule: 'TR002',
        retourcode: '0001',
        path: '/Bericht/Client',
        message: expect.stringContaining('Geboortedatum 1906-01-21 lies more than 120 years before the Dagtekening 2026-01-22'),
      },
    ]);
  });

  it('gives 0001 on the Relatie for 1900-01-01 without DatumGebruik 3', () => {
    const message = changed(toewijzing, (b) => {
      b.Client.Relaties!.Relatie[0]!.Geboortedatum = { Datum: '1900-01-01' };
    });
    expect(inEnglish(TR002.check(message, context()))).toEqual([expect.objectContaining({ rule: 'TR002', path: '/Bericht/Client/Relaties/Relatie[1]' })]);
  });
});
