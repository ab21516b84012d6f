import { describe, expect, it } from '@jest/globals';
import { deadlineInstant, formatCalendarDate, todayIn, zoneOffsetMinutes } from './due-date.js';

describe('due dates in the plan time zone', () => {
  it('ends a milestone due on 30 June in Almaty at midnight Almaty time, 19:00 UTC', () => {
    expect(deadlineInstant('2026-06-30', 'Asia/Almaty').toISOString()).toBe('2026-06-30T19:00:00.000Z');
  });

  it('follows daylight saving time in Brussels (UTC+2 in summer, UTC+1 in winter)', () => {
    expect(deadlineInstant('2026-07-15', 'Europe/Brussels').toISOString()).toBe('2026-07-15T22:00:00.000Z');
    expect(deadlineInstant('2026-12-15', 'Europe/Brussels').toISOString()).toBe('2026-12-15T23:00:00.000Z');
  });

  it('knows the offset of a zone at an instant', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-10T12:00:00Z'), 'Asia/Almaty')).toBe(300);
    expect(zoneOffsetMinutes(new Date('2026-01-10T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('writes a calendar date without moving it to another day, whatever the zone', () => {
    expect(formatCalendarDate('2026-06-30', 'en-GB')).toBe('30 Jun 2026');
    expect(formatCalendarDate('2026-06-30', 'kk')).toBe('2026 ж. 30 мау.');
  });

  it("takes today's date in the plan's zone: at 20:00 UTC it is already tomorrow in Almaty", () => {
    expect(todayIn('Asia/Almaty', new Date('2026-11-27T20:00:00Z'))).toBe('2026-11-28');
    expect(todayIn('Europe/Brussels', new Date('2026-11-27T20:00:00Z'))).toBe('2026-11-27');
  });
});
