import { addDays } from '#kernel';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '#plan';
import { reportingPeriod } from '#progress';

/*
 * When a milestone's responsible organisations are reminded, and when EESC
 * staff are alerted: pure functions of the milestone, today (a calendar date
 * in the plan's time zone) and the plan's settings. Where "who is chased, and
 * when" is decided.
 */

// The kinds (`upcoming_<n>` is n days before the due date, 30, 7 and 1 by default) are part of the API's records.
export type { MilestoneReminderKind, ReminderKind, StaffAlertKind } from '#contracts';
import type { MilestoneReminderKind, ReminderKind } from '#contracts';

/** Every kind but the `upcoming_<n>` family, which the database checks by pattern. */
export const FIXED_REMINDER_KINDS = [
  'due',
  'overdue_1',
  'overdue_weekly',
  'escalation',
  'missed_report',
  'weekly_digest',
] as const;
export const UPCOMING_PATTERN = /^upcoming_([1-9][0-9]?)$/;

export function isReminderKind(value: unknown): value is ReminderKind {
  return (
    typeof value === 'string' &&
    (UPCOMING_PATTERN.test(value) || (FIXED_REMINDER_KINDS as readonly string[]).includes(value))
  );
}

export { DEFAULT_REMINDER_SETTINGS, type ReminderSettings };

export interface PlannedReminder {
  kind: MilestoneReminderKind;
  /** 0, or the n-th weekly reminder. */
  occurrence: number;
  /** The calendar date (plan's zone) it is sent on, at 09:00 in each recipient's zone. */
  sendDate: string;
  /** Escalations go to EESC staff; the others to the responsible organisations. */
  audience: 'partners' | 'staff';
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Every reminder the policy plans for a due date, in sending order. */
export function plannedReminders(
  dueDate: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  for (const days of [...settings.daysBefore].sort((a, b) => b - a)) {
    planned.push({ kind: `upcoming_${days}`, occurrence: 0, sendDate: addDays(dueDate, -days), audience: 'partners' });
  }
  planned.push({ kind: 'due', occurrence: 0, sendDate: dueDate, audience: 'partners' });
  const firstOverdue = addDays(dueDate, settings.firstOverdueAfter);
  planned.push({ kind: 'overdue_1', occurrence: 0, sendDate: firstOverdue, audience: 'partners' });
  for (let week = 1; week <= settings.maxWeekly; week++) {
    planned.push({
      kind: 'overdue_weekly',
      occurrence: week,
      sendDate: addDays(firstOverdue, week * settings.weeklyEvery),
      audience: 'partners',
    });
  }
  planned.push({
    kind: 'escalation',
    occurrence: 0,
    sendDate: addDays(dueDate, settings.escalateAfter),
    audience: 'staff',
  });
  return planned.sort((a, b) => (a.sendDate < b.sendDate ? -1 : a.sendDate > b.sendDate ? 1 : 0));
}

/**
 * The reminders to send today: those planned for today, or missed within the
 * grace period and not yet replaced by a later reminder to the same audience.
 * None once the milestone is completed or cancelled.
 */
export function remindersDue(
  milestone: { status: string; dueDate: string },
  today: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): PlannedReminder[] {
  if (milestone.status === 'completed' || milestone.status === 'cancelled') return [];
  const passed = plannedReminders(milestone.dueDate, settings).filter((reminder) => reminder.sendDate <= today);
  const due: PlannedReminder[] = [];
  for (const audience of ['partners', 'staff'] as const) {
    const latest = passed.filter((reminder) => reminder.audience === audience).at(-1);
    if (latest && daysBetween(latest.sendDate, today) <= settings.graceDays) due.push(latest);
  }
  return due;
}

/** The horizon of due dates a scan on `today` must look at. */
export function scanWindow(
  today: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): { from: string; to: string } {
  const longestAfter = Math.max(
    settings.escalateAfter,
    settings.firstOverdueAfter + settings.maxWeekly * settings.weeklyEvery,
  );
  const longestBefore = Math.max(0, ...settings.daysBefore);
  return { from: addDays(today, -(longestAfter + settings.graceDays)), to: addDays(today, longestBefore) };
}

/**
 * The reporting period whose missed reports staff are alerted about today:
 * `missedReportAfter` days after the period ended, or up to `graceDays` later
 * if the system was down then. Null on other days or when the plan opted out.
 */
export function missedReportPeriodDue(
  today: string,
  periodMonths: number,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): { from: string; to: string; sendDate: string } | null {
  if (!settings.escalateMissedReports) return null;
  for (let late = 0; late <= settings.graceDays; late++) {
    const sendDate = addDays(today, -late);
    const periodEnd = addDays(sendDate, -settings.missedReportAfter);
    const period = reportingPeriod(periodEnd, periodMonths);
    if (period.to === periodEnd) return { ...period, sendDate };
  }
  return null;
}

/** Staff digests go out on Mondays at 09:00 in each staff member's time zone. */
export const DIGEST_GRACE_DAYS = 2;

/**
 * The week (its Monday) whose digest is due today, if any: on the Monday, or
 * within the grace days after it when the system was down on the Monday.
 */
export function digestWeekDue(today: string): string | null {
  // 2024-01-01 was a Monday: days since it, modulo 7, is the weekday (0 = Monday).
  const weekday = ((daysBetween('2024-01-01', today) % 7) + 7) % 7;
  return weekday <= DIGEST_GRACE_DAYS ? addDays(today, -weekday) : null;
}
