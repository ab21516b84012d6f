import { formatDate } from './dates.js';

/**
 * Due dates are calendar dates in the plan's time zone: a milestone due on
 * 30 June in Asia/Almaty is late from 1 July 00:00 Almaty time. These helpers
 * find that instant, so a reader in Brussels sees when it ends in their time.
 */

/** Offset of `timeZone` from UTC at `instant`, in minutes (Asia/Almaty: +300). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The first instant after the due date, in the plan's zone: midnight that starts the next day there. */
export function deadlineInstant(dueDate: string, planTimeZone: string): Date {
  const [year, month, day] = dueDate.split('-').map(Number);
  const nextMidnightAsUtc = Date.UTC(year, month - 1, day + 1);
  const offset = zoneOffsetMinutes(new Date(nextMidnightAsUtc), planTimeZone);
  return new Date(nextMidnightAsUtc - offset * 60_000);
}

/** A calendar date (`YYYY-MM-DD`) in the reader's language, without shifting it through any time zone. */
export function formatCalendarDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return formatDate(new Date(Date.UTC(year, month - 1, day)), locale, { timeZone: 'UTC' });
}

/** The calendar date of an instant in a time zone: pass the server's now (server-clock.ts), never the device's. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
