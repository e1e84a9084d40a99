import { parse } from '@lib/iwmo';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { dutchToday } from '../rule';
import { context } from '../testing/fake-state';
import { TR135 } from './tr135.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR135 Dagtekening not in the future', () => {
  const message = parse(sampleWmo305()); // Dagtekening 2026-03-02

  it('passes a Dagtekening of today or earlier', () => {
    expect(TR135.check(message, context({ today: '2026-03-02' }))).toEqual([]);
  });

  it('gives 8848 on the header for a Dagtekening after today', () => {
    expect(inEnglish(TR135.check(message, context({ today: '2026-03-01' })))).toEqual([
      expect.objectContaining({ rule: 'TR135', retourcode: '8848', path: '/Bericht/Header' }),
    ]);
  });

  it("takes today's date in the Netherlands, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(dutchToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
