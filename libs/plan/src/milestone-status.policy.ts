/**
 * Where "a milestone becomes overdue" is decided. The SQL twin of this rule is
 * `effectiveStatusSql` below; a property test keeps the two in step.
 */
export const MILESTONE_STATUSES = ['planned', 'in_progress', 'at_risk', 'delayed', 'completed', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Statuses after which a milestone can no longer be late. */
export const CLOSED_STATUSES: readonly MilestoneStatus[] = ['completed', 'cancelled'];

/**
 * The status shown for a milestone: `delayed` once its due date (a calendar date
 * in the plan's time zone) has passed and it is neither completed nor cancelled;
 * otherwise the recorded status. Due on `today` is not yet late.
 */
export function effectiveStatus(recorded: MilestoneStatus, dueDate: string, today: string): MilestoneStatus {
  if (CLOSED_STATUSES.includes(recorded)) return recorded;
  return dueDate < today ? 'delayed' : recorded;
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting with it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function calendarDate(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    // Bounded by the IANA zones (about 600), and only valid ones get here: an unknown zone throws above.
    dateFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * SQL for effectiveStatus. `now` is a bound timestamptz parameter (the app's
 * clock, so simulations can move it), `tz` the plan's time zone column.
 */
export function effectiveStatusSql(recorded: string, dueDate: string, tz: string, now: string): string {
  return (
    `(CASE WHEN ${recorded} IN ('completed','cancelled') THEN ${recorded} ` +
    `WHEN ${dueDate} < (${now}::timestamptz AT TIME ZONE ${tz})::date THEN 'delayed' ` +
    `ELSE ${recorded} END)`
  );
}
