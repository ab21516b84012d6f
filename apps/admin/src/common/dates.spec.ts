import { describe, expect, it } from '@jest/globals';
import { formatDate, formatMonth } from './dates.js';

const instant = new Date('2026-06-30T18:59:00Z');

describe('dates in the reader language', () => {
  it('writes Kazakh dates as CLDR does ("2026 ж. 30 мау."), in the reader time zone', () => {
    expect(formatDate(instant, 'kk', { timeZone: 'UTC' })).toBe('2026 ж. 30 мау.');
    expect(formatDate(instant, 'kk', { timeZone: 'Asia/Almaty', time: true })).toBe('2026 ж. 30 мау. 23:59');
    expect(formatDate(new Date('2026-01-05T00:00:00Z'), 'kk', { timeZone: 'UTC' })).toBe('2026 ж. 5 қаң.');
  });

  it('leaves English and Russian to Intl', () => {
    expect(formatDate(instant, 'en-GB', { timeZone: 'UTC' })).toBe('30 Jun 2026');
    expect(formatDate(instant, 'ru', { timeZone: 'UTC' })).toBe('30 июн. 2026 г.');
  });

  it('names the months of the timeline axis', () => {
    expect(formatMonth(new Date('2027-03-01T00:00:00Z'), 'kk')).toBe('2027 нау.');
    expect(formatMonth(new Date('2027-03-01T00:00:00Z'), 'en-GB')).toBe('Mar 2027');
  });
});
