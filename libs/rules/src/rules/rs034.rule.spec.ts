import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS034 } from './rs034.rule';

describe('RS034 Tijd vullen zonder tijdszone.', () => {
  it('passes a Toewijzingstijd without time zone', () => {
    const message = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    expect(RS034.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the ToegewezenProduct for a Toewijzingstijd with a time zone', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Toewijzingstijd = '10:15:00+01:00';
    });
    expect(inEnglish(RS034.check(message, context()))).toEqual([
      { rule: 'RS034', retourcode: '0001', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]', message: expect.stringContaining('Toewijzingstijd "10:15:00+01:00" has a time zone (RS034); a time is filled without time zone: send it as 10:15:00.') },
    ]);
  });

  it('gives 0001 for a time that does not exist', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Toewijzingstijd = '24:30:00';
    });
    expect(inEnglish(RS034.check(message, context()))).toEqual([
      { rule: 'RS034', retourcode: '0001', path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]', message: expect.stringContaining('Toewijzingstijd "24:30:00" is not an existing time of day') },
    ]);
  });
});
