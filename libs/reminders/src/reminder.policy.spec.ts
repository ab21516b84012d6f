import { describe, expect, it } from '@jest/globals';
import { DEFAULT_REMINDER_SETTINGS, reminderSettings } from '#plan';
import { addDays } from '#kernel';
import {
  digestWeekDue,
  isReminderKind,
  missedReportPeriodDue,
  plannedReminders,
  remindersDue,
  scanWindow,
} from './reminder.policy.js';

const DUE = '2027-03-31';
const on = (offset: number) => addDays(DUE, offset);
const kinds = (offset: number, status = 'in_progress') =>
  remindersDue({ status, dueDate: DUE }, on(offset)).map((r) => `${r.kind}${r.occurrence ? `#${r.occurrence}` : ''}`);

describe('the reminder policy', () => {
  it.each([
    [-31, []],
    [-30, ['upcoming_30']],
    [-7, ['upcoming_7']],
    [-1, ['upcoming_1']],
    [0, ['due']],
    [1, ['overdue_1']],
    [8, ['overdue_weekly#1']],
    [14, ['escalation']],
    [15, ['overdue_weekly#2', 'escalation']],
    [22, ['overdue_weekly#3']],
  ])('on day %i relative to the due date it sends %j', (offset, expected) => {
    expect(kinds(offset)).toEqual(expected);
  });

  it('sends the same reminder again on a later day within the grace period (the send is made once by the unique row)', () => {
    expect(kinds(-29)).toEqual(['upcoming_30']);
    expect(kinds(-27)).toEqual(['upcoming_30']);
    expect(kinds(-26)).toEqual([]);
  });

  it('a missed reminder is replaced by the next one, never sent after it', () => {
    // The system was down from day -2 to day 0: on day 0 only "due" goes out, not "upcoming_1".
    expect(kinds(0)).toEqual(['due']);
  });

  it("escalation to staff stays due alongside the partners' weekly reminder", () => {
    expect(remindersDue({ status: 'in_progress', dueDate: DUE }, on(15)).map((r) => [r.kind, r.audience])).toEqual([
      ['overdue_weekly', 'partners'],
      ['escalation', 'staff'],
    ]);
  });

  it.each(['completed', 'cancelled'])('a %s milestone gets no reminder at all', (status) => {
    for (const offset of [-30, -7, -1, 0, 1, 8, 14]) expect(kinds(offset, status)).toEqual([]);
  });

  it('reminds at_risk and planned milestones like in_progress ones', () => {
    expect(kinds(-7, 'at_risk')).toEqual(['upcoming_7']);
    expect(kinds(0, 'planned')).toEqual(['due']);
  });

  it('plans weekly reminders with increasing occurrence numbers, every seven days, and stops after 26 weeks', () => {
    const weekly = plannedReminders(DUE).filter((r) => r.kind === 'overdue_weekly');
    expect(weekly).toHaveLength(26);
    expect(weekly.slice(0, 3).map((r) => [r.occurrence, r.sendDate])).toEqual([
      [1, on(8)],
      [2, on(15)],
      [3, on(22)],
    ]);
  });

  it("follows a plan's own settings", () => {
    const settings = reminderSettings(null, {
      daysBefore: [7],
      firstOverdueAfter: 2,
      weeklyEvery: 14,
      maxWeekly: 2,
      escalateAfter: 30,
      graceDays: 0,
    });
    expect(remindersDue({ status: 'planned', dueDate: DUE }, on(-30), settings)).toEqual([]);
    expect(remindersDue({ status: 'planned', dueDate: DUE }, on(2), settings).map((r) => r.kind)).toEqual([
      'overdue_1',
    ]);
    expect(remindersDue({ status: 'planned', dueDate: DUE }, on(16), settings).map((r) => r.kind)).toEqual([
      'overdue_weekly',
    ]);
    expect(remindersDue({ status: 'planned', dueDate: DUE }, on(3), settings)).toEqual([]);
  });

  it('handles month ends and leap years in date arithmetic', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('scans due dates from the oldest that can still be reminded to the furthest announced', () => {
    expect(scanWindow('2027-01-01')).toEqual({ from: addDays('2027-01-01', -(1 + 26 * 7 + 3)), to: '2027-01-31' });
  });

  it('reminds on any number of days before, as upcoming_<days>, furthest first', () => {
    const settings = reminderSettings(null, { daysBefore: [3, 14] });
    expect(settings.daysBefore).toEqual([14, 3]);
    expect(remindersDue({ status: 'planned', dueDate: DUE }, on(-14), settings).map((r) => r.kind)).toEqual([
      'upcoming_14',
    ]);
    expect(remindersDue({ status: 'planned', dueDate: DUE }, on(-3), settings).map((r) => r.kind)).toEqual([
      'upcoming_3',
    ]);
    expect(remindersDue({ status: 'planned', dueDate: DUE }, on(-30), settings)).toEqual([]);
    expect(plannedReminders(DUE, settings).every((r) => isReminderKind(r.kind))).toBe(true);
  });
});

describe('reminder settings', () => {
  it('take the defaults for what is not stored, and a change only replaces what it names', () => {
    expect(reminderSettings(null)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(reminderSettings({ escalateAfter: 21 })).toEqual({ ...DEFAULT_REMINDER_SETTINGS, escalateAfter: 21 });
    expect(reminderSettings({ escalateAfter: 21 }, { graceDays: 1 })).toEqual({
      ...DEFAULT_REMINDER_SETTINGS,
      escalateAfter: 21,
      graceDays: 1,
    });
  });

  it('keep each lead time once, furthest first', () => {
    expect(reminderSettings(null, { daysBefore: [1, 30, 1, 7] }).daysBefore).toEqual([30, 7, 1]);
  });

  it('recognise the kinds the database accepts', () => {
    expect(
      ['upcoming_30', 'upcoming_1', 'upcoming_99', 'due', 'missed_report', 'weekly_digest'].every(isReminderKind),
    ).toBe(true);
    expect(['upcoming_0', 'upcoming_100', 'upcoming_', 'overdue', '', 42].some(isReminderKind)).toBe(false);
  });
});

describe('missed reporting periods', () => {
  // Quarterly periods; the first quarter of 2027 ends on 31 March.
  it('are reported to staff a week after the period ends, by default', () => {
    expect(missedReportPeriodDue('2027-04-07', 3)).toEqual({
      from: '2027-01-01',
      to: '2027-03-31',
      sendDate: '2027-04-07',
    });
    expect(missedReportPeriodDue('2027-04-06', 3)).toBeNull();
    expect(missedReportPeriodDue('2027-03-31', 3)).toBeNull();
  });

  it('are still reported within the grace days, then no longer', () => {
    expect(missedReportPeriodDue('2027-04-10', 3)?.sendDate).toBe('2027-04-07');
    expect(missedReportPeriodDue('2027-04-11', 3)).toBeNull();
  });

  it("follow the plan's period length and delay, and can be switched off", () => {
    expect(missedReportPeriodDue('2027-02-01', 1, reminderSettings(null, { missedReportAfter: 1 }))).toEqual({
      from: '2027-01-01',
      to: '2027-01-31',
      sendDate: '2027-02-01',
    });
    expect(missedReportPeriodDue('2027-07-01', 6, reminderSettings(null, { missedReportAfter: 0 }))?.to).toBe(
      '2027-06-30',
    );
    expect(missedReportPeriodDue('2027-04-07', 3, reminderSettings(null, { escalateMissedReports: false }))).toBeNull();
  });

  it('handle a period that ends with the year', () => {
    expect(missedReportPeriodDue('2027-01-07', 3)).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
      sendDate: '2027-01-07',
    });
  });
});

describe('the weekly staff digest', () => {
  it('is due on Mondays, or up to two days later when Monday was missed', () => {
    // 30 November 2026 is a Monday.
    expect(digestWeekDue('2026-11-30')).toBe('2026-11-30');
    expect(digestWeekDue('2026-12-01')).toBe('2026-11-30');
    expect(digestWeekDue('2026-12-02')).toBe('2026-11-30');
    expect(digestWeekDue('2026-12-03')).toBeNull();
    expect(digestWeekDue('2026-12-06')).toBeNull();
    expect(digestWeekDue('2027-01-04')).toBe('2027-01-04');
    expect(digestWeekDue('2023-12-25')).toBe('2023-12-25');
  });
});
