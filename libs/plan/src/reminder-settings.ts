import type { ReminderSettingsRecord } from '#contracts';
// The settings' shape is the API's record (libs/contracts), where each field says what it times.
export type ReminderSettings = ReminderSettingsRecord;

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
