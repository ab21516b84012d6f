import { asLocale, formatDueDate, html, type Locale, translated } from '#i18n';
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

const RU_PLURAL = new Intl.PluralRules('ru');
const RU_DAY = { one: 'день', few: 'дня', many: 'дней', other: 'дня' } as Record<string, string>;
/** "1 день", "3 дня", "30 дней": Russian counts take one of three forms. */
export const ruDays = (n: number) => `${n} ${RU_DAY[RU_PLURAL.select(n)] ?? 'дней'}`;

type FixedKind = Exclude<MilestoneReminderKind, `upcoming_${number}`>;

/** What the subject says about the milestone; `n` is days before (upcoming) or overdue. */
const LEAD: Record<Locale, Record<FixedKind | 'upcoming' | 'tomorrow', (n: number) => string>> = {
  en: {
    upcoming: (n) => `is due in ${n} days`,
    tomorrow: () => 'is due tomorrow',
    due: () => 'is due today',
    overdue_1: () => 'was due yesterday and has not been reported as completed',
    overdue_weekly: (days) => `is ${days} days overdue`,
    escalation: (days) => `is ${days} days overdue: the responsible organisations have been reminded without result`,
  },
  ru: {
    upcoming: (n) => `должен быть выполнен через ${ruDays(n)}`,
    tomorrow: () => 'должен быть выполнен завтра',
    due: () => 'должен быть выполнен сегодня',
    overdue_1: () => 'должен был быть выполнен вчера, о выполнении не сообщалось',
    overdue_weekly: (days) => `просрочен на ${ruDays(days)}`,
    escalation: (days) => `просрочен на ${ruDays(days)}: напоминания ответственным организациям остались без ответа`,
  },
  kk: {
    upcoming: (n) => `${n} күннен кейін орындалуы тиіс`,
    tomorrow: () => 'ертең орындалуы тиіс',
    due: () => 'бүгін орындалуы тиіс',
    overdue_1: () => 'кеше орындалуы тиіс еді, орындалғаны туралы хабарланбады',
    overdue_weekly: (days) => `${days} күнге кешіктірілді`,
    escalation: (days) => `${days} күнге кешіктірілді: жауапты ұйымдарға жіберілген еске салулар нәтиже бермеді`,
  },
};

function lead(locale: Locale, kind: MilestoneReminderKind, daysOverdue: number): string {
  const upcoming = UPCOMING_PATTERN.exec(kind);
  if (!upcoming) return LEAD[locale][kind as FixedKind](daysOverdue);
  const days = Number(upcoming[1]);
  return days === 1 ? LEAD[locale].tomorrow(1) : LEAD[locale].upcoming(days);
}

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

/** A reminder in the recipient's language: the subject carries the milestone code. */
export function renderReminder(input: ReminderMessageInput): RenderedMessage {
  const locale = asLocale(input.locale);
  const words = TEXT[locale];
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
