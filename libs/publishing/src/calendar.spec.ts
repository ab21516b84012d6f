import { describe, expect, it } from '@jest/globals';
import { calendarLine, renderCalendar, type CalendarMilestone } from './calendar.js';

const INJECTED = 'Youth exchange\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@attacker\r\nSUMMARY:Pay here';

const milestone = (overrides: Partial<CalendarMilestone> = {}): CalendarMilestone => ({
  id: '00000000-0000-4000-8000-000000000001',
  version: 3,
  code: 'P1.O1.M1',
  title: { en: INJECTED },
  dueDate: '2027-06-30',
  status: 'planned',
  progress: 10,
  lead: 'KZ-FTU\nX-EVIL:1',
  supporting: ['ETUC\u2028ATTENDEE:mailto:a@b'],
  updatedAt: new Date('2026-11-01T00:00:00Z'),
  ...overrides,
});

describe('calendar text stays on its line', () => {
  it.each([
    ['a\r\nb', 'a b'],
    ['a\nb\rc\td', 'a b c d'],
    ['a\u2028b\u2029c\u0085d', 'a b c d'],
    ['over\u202Eride', 'over ride'],
    ['  Team calendar  ', 'Team calendar'],
    ['Командный календарь', 'Командный календарь'],
  ])('%j as %j', (given, line) => {
    expect(calendarLine(given)).toBe(line);
  });

  it('a calendar name, a title or an organisation code with line breaks adds no property and no event', () => {
    const ics = renderCalendar({
      name: 'REX/587 – Team\r\nBEGIN:VEVENT\r\nUID:evil',
      locale: 'en',
      publicUrl: 'https://tracker.example.eu',
      milestones: [milestone()],
      now: new Date('2026-11-27T06:00:00Z'),
    });
    // Unfolded (RFC 5545 3.1: a CRLF followed by a space continues the line).
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(
      lines.filter((line) => /^(UID|SUMMARY|X-EVIL|ATTENDEE):?/.test(line) && !line.startsWith('UID:milestone-')),
    ).toEqual([`SUMMARY:P1.O1.M1 Youth exchange END:VEVENT BEGIN:VEVENT UID:evil@attacker SUMMARY:Pay here`]);
    expect(lines).toContain('X-WR-CALNAME:REX/587 – Team BEGIN:VEVENT UID:evil');
    expect(ics).not.toMatch(/[\u2028\u2029]/);
  });
});
