import { asLocale, formatDueDate, html, type Locale, serverWords, translated } from '#i18n';
import { UPCOMING_PATTERN, type MilestoneReminderKind } from './reminder.policy.js';

export interface ReminderMessageInput {
  kind: MilestoneReminderKind;
  locale: string;
  milestoneCode: string;
  milestoneTitle: { en: string; ru?: string; kk?: string };
  dueDate: string;
  daysOverdue: number;
  link: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

type FixedKind = Exclude<MilestoneReminderKind, `upcoming_${number}`>;

function lead(locale: Locale, kind: MilestoneReminderKind, daysOverdue: number): string {
  // Typed by the reminder kinds: a kind added without its words (in every language) fails to compile.
  const leads: Record<FixedKind | 'upcoming' | 'tomorrow', (n: number) => string> = serverWords(locale).reminders.leads;
  const upcoming = UPCOMING_PATTERN.exec(kind);
  if (!upcoming) return leads[kind as FixedKind](daysOverdue);
  const days = Number(upcoming[1]);
  return days === 1 ? leads.tomorrow(1) : leads.upcoming(days);
}

/** A reminder in the recipient's language: the subject carries the milestone code. */
export function renderReminder(input: ReminderMessageInput): RenderedMessage {
  const locale = asLocale(input.locale);
  const words = serverWords(locale).reminders.words;
  const title = translated(input.milestoneTitle, locale);
  const what = lead(locale, input.kind, input.daysOverdue);
  const due = formatDueDate(input.dueDate, locale);
  const subject = `[REX/587] ${input.milestoneCode} ${what}`;
  const action = input.kind === 'escalation' ? words.action : words.partnerAction;
  const text = [
    `${words.milestone} ${input.milestoneCode}: ${title}`,
    `${words.due}: ${due}`,
    '',
    `${input.milestoneCode} ${what}.`,
    `${action}: ${input.link}`,
    '',
    words.footer,
  ].join('\n');
  const page = html`<!doctype html><html lang="${locale}"><body>
<p><strong>${words.milestone} ${input.milestoneCode}</strong>: ${title}<br>
${words.due}: ${due}</p>
<p>${input.milestoneCode} ${what}.</p>
<p><a href="${input.link}">${action}</a></p>
<p style="color:#555;font-size:small">${words.footer}</p>
</body></html>`;
  return { subject, text, html: page.markup };
}
