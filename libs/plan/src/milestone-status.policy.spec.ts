import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CLOSED_STATUSES, MILESTONE_STATUSES } from '#contracts';
import { effectiveStatus, effectiveStatusSql } from './milestone-status.policy.js';

const TODAY = '2026-11-27';
const YESTERDAY = '2026-11-26';
const TOMORROW = '2026-11-28';
const OPEN_STATUSES = MILESTONE_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status));

/** Calendar dates from 2000 to 2100 as YYYY-MM-DD. */
const calendarDates = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('effectiveStatus', () => {
  it.each(CLOSED_STATUSES)('a %s milestone is never delayed, even long after its due date', (status) => {
    expect(effectiveStatus(status, '2020-01-01', TODAY)).toBe(status);
  });

  it.each(OPEN_STATUSES)('a milestone due today and recorded as %s is not yet delayed', (status) => {
    expect(effectiveStatus(status, TODAY, TODAY)).toBe(status);
  });

  it.each(['planned', 'in_progress', 'at_risk'] as const)(
    'a milestone due yesterday and still %s is delayed',
    (status) => {
      expect(effectiveStatus(status, YESTERDAY, TODAY)).toBe('delayed');
    },
  );

  it.each(['planned', 'in_progress', 'at_risk'] as const)(
    'a milestone due tomorrow keeps its recorded status %s',
    (status) => {
      expect(effectiveStatus(status, TOMORROW, TODAY)).toBe(status);
    },
  );

  it('a milestone recorded as delayed stays delayed even when its due date is in the future', () => {
    expect(effectiveStatus('delayed', '2030-01-01', TODAY)).toBe('delayed');
  });

  it('a milestone due on the last day of the previous year is delayed on the first day of the new year', () => {
    expect(effectiveStatus('in_progress', '2026-12-31', '2027-01-01')).toBe('delayed');
  });

  it('an open milestone is delayed exactly when its due date is before today, or when recorded as delayed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPEN_STATUSES), calendarDates, calendarDates, (status, due, today) => {
        const expected = due < today || status === 'delayed' ? 'delayed' : status;
        expect(effectiveStatus(status, due, today)).toBe(expected);
      }),
    );
  });

  it('a closed milestone always shows its recorded status, whatever the dates', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLOSED_STATUSES), calendarDates, calendarDates, (status, due, today) => {
        expect(effectiveStatus(status, due, today)).toBe(status);
      }),
    );
  });

  it('the effective status is always one of the known statuses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MILESTONE_STATUSES), calendarDates, calendarDates, (status, due, today) => {
        expect(MILESTONE_STATUSES).toContain(effectiveStatus(status, due, today));
      }),
    );
  });
});

describe('effectiveStatusSql', () => {
  const sql = effectiveStatusSql('m.status', 'm.due_date', 'ap.time_zone', '$1');

  it('refers to the given status, due date, time zone and clock expressions', () => {
    expect(sql).toContain('m.status');
    expect(sql).toContain('m.due_date');
    expect(sql).toContain('ap.time_zone');
    expect(sql).toContain('$1::timestamptz');
  });

  it('keeps completed and cancelled milestones out of the delayed branch', () => {
    expect(sql).toMatch(/m\.status IN \('completed','cancelled'\) THEN m\.status/);
    expect(sql).toContain("THEN 'delayed'");
  });

  it('compares the due date with the calendar date in the plan time zone', () => {
    expect(sql).toContain('m.due_date < ($1::timestamptz AT TIME ZONE ap.time_zone)::date');
  });
});
