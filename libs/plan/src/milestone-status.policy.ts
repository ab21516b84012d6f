import { timestampLiteral } from '#database';
import { addDays } from '#kernel';
import { CLOSED_STATUSES, MILESTONE_STATUSES, type MilestoneStatus } from '#contracts';

/**
 * Where "a milestone becomes overdue" is decided. The SQL twin of this rule is
 * `effectiveStatusSql` below; a property test keeps the two in step.
 */

/**
 * The status shown for a milestone: `delayed` once its due date (a calendar date
 * in the plan's time zone) has passed and it is neither completed nor cancelled;
 * otherwise the recorded status. Due on `today` is not yet late.
 */
export function effectiveStatus(recorded: MilestoneStatus, dueDate: string, today: string): MilestoneStatus {
  if (CLOSED_STATUSES.includes(recorded)) return recorded;
  return dueDate < today ? 'delayed' : recorded;
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

const OPEN_STATUSES = MILESTONE_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status) && status !== 'delayed');

/**
 * SQL that is true when effectiveStatusSql(...) is one of `statuses`, written
 * as conditions on the recorded status and the due date, so that the index on
 * (status, due_date) serves a status filter instead of the CASE being
 * evaluated on every milestone. The plan's calendar date is within a day of the
 * UTC date in every time zone (offsets run from -12 to +14 hours), which gives
 * each due-date comparison a constant bound an index can use; the exact
 * comparison in the plan's zone follows it.
 */
export function effectiveStatusInSql(
  statuses: readonly MilestoneStatus[],
  recorded: string,
  dueDate: string,
  tz: string,
  now: Date,
): string {
  const utcToday = now.toISOString().slice(0, 10);
  const today = `(${timestampLiteral(now)} AT TIME ZONE ${tz})::date`;
  const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(',');
  // `+ 0` keeps the exact comparison out of the index condition: as one, it makes the planner scan every
  // plan's milestones once per plan; as a filter after the join, it checks each row once.
  const pastDue = `${dueDate} < '${addDays(utcToday, 1)}'::date AND ${dueDate} + 0 < ${today}`;
  const notPastDue = `${dueDate} >= '${addDays(utcToday, -1)}'::date AND ${dueDate} + 0 >= ${today}`;
  const wanted = new Set(statuses);
  const conditions: string[] = [];
  const closed = CLOSED_STATUSES.filter((status) => wanted.has(status));
  if (closed.length > 0) conditions.push(`${recorded} IN (${list(closed)})`);
  if (wanted.has('delayed'))
    conditions.push(`${recorded} = 'delayed'`, `(${recorded} IN (${list(OPEN_STATUSES)}) AND ${pastDue})`);
  const open = OPEN_STATUSES.filter((status) => wanted.has(status));
  if (open.length > 0) conditions.push(`(${recorded} IN (${list(open)}) AND ${notPastDue})`);
  return conditions.length === 0 ? 'FALSE' : `(${conditions.join(' OR ')})`;
}
