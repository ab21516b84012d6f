import type { ReminderKind } from './reminder.policy.js';
import { formatDueDate } from './send-time.js';

type Locale = 'en' | 'ru' | 'kk';

export interface ReminderMessageInput {
  kind: ReminderKind;
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

const LEAD: Record<Locale, Record<ReminderKind, (days: number) => string>> = {
  en: {
    upcoming_30: () => 'is due in 30 days',
    upcoming_7: () => 'is due in 7 days',
    upcoming_1: () => 'is due tomorrow',
    due: () => 'is due today',
    overdue_1: () => 'was due yesterday and has not been reported as completed',
    overdue_weekly: (days) => `is ${days} days overdue`,
    escalation: (days) => `is ${days} days overdue: the responsible organisations have been reminded without result`,
  },
  ru: {
    upcoming_30: () => 'должен быть выполнен через 30 дней',
    upcoming_7: () => 'должен быть выполнен через 7 дней',
    upcoming_1: () => 'должен быть выполнен завтра',
    due: () => 'должен быть выполнен сегодня',
    overdue_1: () => 'должен был быть выполнен вчера, о выполнении не сообщалось',
    overdue_weekly: (days) => `просрочен на ${days} дн.`,
    escalation: (days) => `просрочен на ${days} дн.: напоминания ответственным организациям остались без ответа`,
  },
  kk: {
    upcoming_30: () => '30 күннен кейін орындалуы тиіс',
    upcoming_7: () => '7 күннен кейін орындалуы тиіс',
    upcoming_1: () => 'ертең орындалуы тиіс',
    due: () => 'бүгін орындалуы тиіс',
    overdue_1: () => 'кеше орындалуы тиіс еді, орындалғаны туралы хабарланбады',
    overdue_weekly: (days) => `${days} күнге кешіктірілді`,
    escalation: (days) => `${days} күнге кешіктірілді: жауапты ұйымдарға жіберілген еске салулар нәтиже бермеді`,
  },
};

const TEXT: Record<Locale, { milestone: string; due: string; action: string; partnerAction: string; footer: string }> =
  {
    en: {
      milestone: 'Milestone',
      due: 'Due date',
      action: 'Open the milestone',
      partnerAction: 'Please report progress on it in the tracker',
      footer:
        'You receive this because your organisation is responsible for this milestone of the REX/587 Action Plan.',
    },
    ru: {
      milestone: 'Этап',
      due: 'Срок',
      action: 'Открыть этап',
      partnerAction: 'Пожалуйста, сообщите о ходе работ в системе',
      footer: 'Вы получили это сообщение, так как ваша организация отвечает за этот этап Плана действий REX/587.',
    },
    kk: {
      milestone: 'Кезең',
      due: 'Мерзімі',
      action: 'Кезеңді ашу',
      partnerAction: 'Жүйеде жұмыс барысы туралы хабарлаңыз',
      footer: 'Бұл хабарламаны сіздің ұйымыңыз REX/587 Іс-қимыл жоспарының осы кезеңіне жауапты болғандықтан алдыңыз.',
    },
  };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A reminder in the recipient's language: the subject carries the milestone code. */
export function renderReminder(input: ReminderMessageInput): RenderedMessage {
  const locale: Locale = input.locale === 'ru' || input.locale === 'kk' ? input.locale : 'en';
  const words = TEXT[locale];
  const title = input.milestoneTitle[locale] || input.milestoneTitle.en;
  const lead = LEAD[locale][input.kind](input.daysOverdue);
  const due = formatDueDate(input.dueDate, locale);
  const subject = `[REX/587] ${input.milestoneCode} ${lead}`;
  const action = input.kind === 'escalation' ? words.action : words.partnerAction;
  const text = [
    `${words.milestone} ${input.milestoneCode}: ${title}`,
    `${words.due}: ${due}`,
    '',
    `${input.milestoneCode} ${lead}.`,
    `${action}: ${input.link}`,
    '',
    words.footer,
  ].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body>
<p><strong>${escapeHtml(words.milestone)} ${escapeHtml(input.milestoneCode)}</strong>: ${escapeHtml(title)}<br>
${escapeHtml(words.due)}: ${escapeHtml(due)}</p>
<p>${escapeHtml(input.milestoneCode)} ${escapeHtml(lead)}.</p>
<p><a href="${escapeHtml(input.link)}">${escapeHtml(action)}</a></p>
<p style="color:#555;font-size:small">${escapeHtml(words.footer)}</p>
</body></html>`;
  return { subject, text, html };
}
