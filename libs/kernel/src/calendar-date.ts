/** Calendar dates as the product stores them: `YYYY-MM-DD` strings, never shifted through a local time. */

/** The calendar date (YYYY-MM-DD) `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
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
