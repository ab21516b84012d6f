import type { Locale } from '../locale.js';

const RU_PLURAL = new Intl.PluralRules('ru');
const RU_DAY = { one: 'день', few: 'дня', many: 'дней', other: 'дня' } as Record<string, string>;
/** "1 день", "3 дня", "30 дней": Russian counts take one of three forms. */
export const ruDays = (n: number) => `${n} ${RU_DAY[RU_PLURAL.select(n)] ?? 'дней'}`;

/** What the subject says about the milestone; `n` is days before (upcoming) or overdue. */
/** The kinds of reminder with a fixed lead; `upcoming` and `tomorrow` say how many days before. */
export type ReminderLeadKind = 'upcoming' | 'tomorrow' | 'due' | 'overdue_1' | 'overdue_weekly' | 'escalation';

export const REMINDER_LEADS: Record<Locale, Record<ReminderLeadKind, (n: number) => string>> = {
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

/** The words of a reminder mail around its lead. */
export interface ReminderWords {
  milestone: string;
  due: string;
  action: string;
  partnerAction: string;
  footer: string;
}

export const REMINDER_WORDS: Record<Locale, ReminderWords> = {
  en: {
    milestone: 'Milestone',
    due: 'Due date',
    action: 'Open the milestone',
    partnerAction: 'Please report progress on it in the tracker',
    footer: 'You receive this because your organisation is responsible for this milestone of the REX/587 Action Plan.',
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
