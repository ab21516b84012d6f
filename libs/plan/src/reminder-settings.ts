/**
 * How a plan's reminders are timed. Stored whole on the plan (a change merges
 * over what is stored), so that the scanner reads one row and every plan can
 * chase at its own pace.
 */
export interface ReminderSettings {
  /** Days before the due date on which partners are reminded. */
  daysBefore: readonly number[];
  /** Days after the due date of the first overdue reminder; weekly ones follow. */
  firstOverdueAfter: number;
  weeklyEvery: number;
  /** Weekly reminders stop after this many. */
  maxWeekly: number;
  /** Days overdue after which EESC staff are alerted. */
  escalateAfter: number;
  /** A reminder missed (the system was down) is still sent this many days late, unless a later one replaces it. */
  graceDays: number;
  /** Whether staff are alerted when an organisation let a reporting period pass without reporting. */
  escalateMissedReports: boolean;
  /** Days after the end of a reporting period before that alert (late reports in between still count as late). */
  missedReportAfter: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  daysBefore: [30, 7, 1],
  firstOverdueAfter: 1,
  weeklyEvery: 7,
  maxWeekly: 26,
  escalateAfter: 14,
  graceDays: 3,
  escalateMissedReports: true,
  missedReportAfter: 7,
};

/** Stored settings with any key missing (an older row, a partial change) taken from the defaults. */
export function reminderSettings(
  stored: Partial<ReminderSettings> | null | undefined,
  change: Partial<ReminderSettings> = {},
): ReminderSettings {
  const merged = { ...DEFAULT_REMINDER_SETTINGS, ...stored, ...change };
  return { ...merged, daysBefore: [...new Set(merged.daysBefore)].sort((a, b) => b - a) };
}
