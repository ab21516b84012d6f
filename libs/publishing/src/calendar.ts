import ical, { ICalCalendarMethod } from 'ical-generator';
import { type MilestoneStatus } from '#contracts';
import { type Locale, serverWords, type Translatable, translated } from '#i18n';

export interface CalendarMilestone {
  id: string;
  version: number;
  code: string;
  title: Translatable;
  dueDate: string;
  status: MilestoneStatus;
  progress: number;
  lead: string;
  supporting: string[];
  updatedAt: Date;
}

/** Controls, line and paragraph separators, and invisible format characters (bidi overrides, zero-width). */
const NOT_ONE_LINE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;

/**
 * User text (a feed's label, a milestone's title, an organisation's code) as
 * one line of an .ics value. ical-generator escapes line breaks in summaries
 * and descriptions but writes the calendar's name as given, so a CR/LF there
 * would start a property or an event of its own: no text reaches the file
 * with a line break, whatever the field.
 */
export function calendarLine(text: string): string {
  return text.replace(NOT_ONE_LINE, ' ').trim();
}

/**
 * Due dates as all-day events (RFC 5545), one per milestone with a stable UID
 * and its version as SEQUENCE, so calendars update an event rather than add one.
 */
export function renderCalendar(input: {
  name: string;
  locale: Locale;
  publicUrl: string;
  milestones: CalendarMilestone[];
  now: Date;
}): string {
  const w = serverWords(input.locale).report;
  const calendar = ical({
    name: calendarLine(input.name),
    prodId: { company: 'EESC', product: 'REX/587 Action Plan tracker', language: input.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // Calendars poll subscriptions; a due date rarely changes more often than twice a day.
    ttl: 12 * 3600,
  });
  for (const m of input.milestones) {
    const link = `${input.publicUrl}/#/milestones/${m.id}/show`;
    calendar.createEvent({
      id: `milestone-${m.id}@rex587`,
      sequence: m.version,
      // Noon UTC: the same calendar date wherever the server runs (all-day events carry only the date).
      start: new Date(`${m.dueDate}T12:00:00Z`),
      allDay: true,
      stamp: input.now,
      lastModified: m.updatedAt,
      summary: calendarLine(`${m.code} ${translated(m.title, input.locale)}`),
      description: [
        `${w.status}: ${w.statuses[m.status]}`,
        `${w.progress}: ${m.progress}%`,
        `${w.lead}: ${m.lead}`,
        ...(m.supporting.length > 0 ? [`${w.supporting}: ${m.supporting.join(', ')}`] : []),
        link,
      ]
        .map(calendarLine)
        .join('\n'),
      url: link,
    });
  }
  return calendar.toString();
}
