import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, calendarDate } from './calendar-date.js';

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('is undone by the opposite number of days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -4000, max: 4000 }),
        (ms, days) => {
          const date = new Date(ms).toISOString().slice(0, 10);
          expect(addDays(addDays(date, days), -days)).toBe(date);
        },
      ),
    );
  });
});

describe('calendarDate', () => {
  it('an evening instant in UTC is already the next day in Almaty (UTC+5)', () => {
    expect(calendarDate(new Date('2026-11-27T19:30:00Z'), 'Asia/Almaty')).toBe('2026-11-28');
  });

  it('the same evening instant is still the same day in Brussels', () => {
    expect(calendarDate(new Date('2026-11-27T19:30:00Z'), 'Europe/Brussels')).toBe('2026-11-27');
  });

  it('the day in Almaty begins at 19:00 UTC of the day before', () => {
    expect(calendarDate(new Date('2026-11-27T18:59:59Z'), 'Asia/Almaty')).toBe('2026-11-27');
    expect(calendarDate(new Date('2026-11-27T19:00:00Z'), 'Asia/Almaty')).toBe('2026-11-28');
  });

  it('in UTC the calendar date is the date part of the ISO instant', () => {
    expect(calendarDate(new Date('2026-01-05T23:59:59Z'), 'UTC')).toBe('2026-01-05');
  });

  it.each([
    // Summer time in Brussels (UTC+2): the day after the spring change ends at 22:00 UTC.
    ['2026-03-29T21:59:59Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    // Winter time again (UTC+1) from 25 October 2026: that day ends at 23:00 UTC.
    ['2026-10-24T22:30:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    // Before the spring change (still UTC+1) midnight is at 23:00 UTC.
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
  ])('around the daylight-saving changes, %s falls on %s in Brussels', (instant, expected) => {
    expect(calendarDate(new Date(instant), 'Europe/Brussels')).toBe(expected);
  });

  it('always returns a YYYY-MM-DD date at most one day away from the UTC date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom('Asia/Almaty', 'Europe/Brussels', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
        (ms, timeZone) => {
          const date = calendarDate(new Date(ms), timeZone);
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const dayDiff = Math.abs(
            Date.parse(`${date}T00:00:00Z`) - Date.parse(`${new Date(ms).toISOString().slice(0, 10)}T00:00:00Z`),
          );
          expect(dayDiff).toBeLessThanOrEqual(24 * 3600 * 1000);
        },
      ),
    );
  });
});
