/**
 * When a milestone's responsible organisations are reminded, and when EESC
 * staff are alerted: a pure function of the milestone, today (a calendar date
 * in the plan's time zone) and the plan's settings. Where "who is chased, and
 * when" is decided.
 */
export const REMINDER_KINDS = [
  'upcoming_30',
  'upcoming_7',
  'upcoming_1',
  'due',
  'overdue_1',
  'overdue_weekly',
  'escalation',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderSettings {
  /** Days before the due date on which partners are reminded. */
  daysBefore: readonly number[];
  /** Days after the due date of the first overdue reminder; weekly ones follow. */
  firstOverdueAfter: number;
  weeklyEvery: number;
  /** Weekly reminders stop after this many weeks. */
  maxWeekly: number;
  /** Days overdue after which EESC staff are alerted. */
  escalateAfter: number;
  /** A reminder missed (the system was down) is still sent this many days late, unless a later one replaces it. */
  graceDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  daysBefore: [30, 7, 1],
  firstOverdueAfter: 1,
  weeklyEvery: 7,
  maxWeekly: 26,
  escalateAfter: 14,
  graceDays: 3,
};

export interface PlannedReminder {
  kind: ReminderKind;
  /** 0, or the n-th weekly reminder. */
  occurrence: number;
  /** The calendar date (plan's zone) it is sent on, at 09:00 in each recipient's zone. */
  sendDate: string;
  /** Escalations go to EESC staff; the others to the responsible organisations. */
  audience: 'partners' | 'staff';
}

export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Every reminder the policy plans for a due date, in sending order. */
export function plannedReminders(
  dueDate: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): PlannedReminder[] {
  const kindBefore: Record<number, ReminderKind> = { 30: 'upcoming_30', 7: 'upcoming_7', 1: 'upcoming_1' };
  const planned: PlannedReminder[] = [];
  for (const days of [...settings.daysBefore].sort((a, b) => b - a)) {
    const kind = kindBefore[days];
    if (kind) planned.push({ kind, occurrence: 0, sendDate: addDays(dueDate, -days), audience: 'partners' });
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
