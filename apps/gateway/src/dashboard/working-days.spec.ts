import { addWorkingDays, dutchPublicHolidays, easterSunday, isWorkingDay, overdueCutoff } from './working-days';

describe('working days (Algemene termijnenwet)', () => {
  it('finds Easter Sunday for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
  });

  it('lists the public holidays of 2026, Koningsdag moved to the 26th when the 27th is a Sunday', () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
    expect(dutchPublicHolidays(2025).has('2025-04-26')).toBe(true); // 27 April 2025 is a Sunday
    expect(dutchPublicHolidays(2025).has('2025-04-27')).toBe(false);
  });

  it('counts weekends and holidays out, Goede Vrijdag in', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-03')).toBe(true); // Goede Vrijdag
    expect(isWorkingDay('2026-04-06')).toBe(false); // tweede Paasdag
    expect(addWorkingDays('2026-11-20', 3)).toBe('2026-11-25'); // Fri + 3 = Wed
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-29'); // Thu 24, (Christmas, weekend), Mon 28, Tue 29
    expect(addWorkingDays('2026-04-30', 5)).toBe('2026-05-08'); // over 5 May
  });

  it('gives the last overdue day of receipt', () => {
    // received Fri 2026-11-13 up to Sun the 15th: 3 working days end Wed the 18th, overdue from Thu the 19th
    expect(overdueCutoff('2026-11-19', 3)).toBe('2026-11-15');
    expect(overdueCutoff('2026-11-18', 3)).toBe('2026-11-12');
    // on Monday the 23rd, everything received up to Tue the 17th is past 3 working days
    expect(overdueCutoff('2026-11-23', 3)).toBe('2026-11-17');
  });
});
