import type { Locale } from '../locale.js';

/** The words of the staff's alert mails: a missed reporting period, the weekly digest. */
export interface StaffAlertWords {
  missedSubject: (org: string, from: string, to: string) => string;
  missedLead: (org: string, n: number, from: string, to: string) => string;
  digestSubject: (week: string) => string;
  overdue: string;
  atRisk: string;
  awaitingReview: string;
  unreported: (from: string, to: string) => string;
  none: string;
  more: (n: number) => string;
  due: string;
  open: string;
  footer: string;
}

export const STAFF_ALERT_WORDS: Record<Locale, StaffAlertWords> = {
  en: {
    missedSubject: (org, from, to) => `[REX/587] ${org} did not report for ${from} – ${to}`,
    missedLead: (org, n, from, to) =>
      `${org} sent no progress report in the reporting period ${from} – ${to} on ${n} milestone(s) it is responsible for:`,
    digestSubject: (week) => `[REX/587] Weekly digest, week of ${week}`,
    overdue: 'Overdue milestones',
    atRisk: 'Milestones at risk',
    awaitingReview: 'Progress updates awaiting review',
    unreported: (from, to) => `Organisations that have not yet reported in the period ${from} – ${to}`,
    none: 'None.',
    more: (n) => `… and ${n} more`,
    due: 'due',
    open: 'Open the tracker',
    footer: 'You receive this as a member of the EESC staff following the REX/587 Action Plan.',
  },
  ru: {
    missedSubject: (org, from, to) => `[REX/587] ${org} не отчиталась за период ${from} – ${to}`,
    missedLead: (org, n, from, to) =>
      `${org} не представила отчёт о ходе работ за отчётный период ${from} – ${to} по этапам, за которые отвечает (${n}):`,
    digestSubject: (week) => `[REX/587] Еженедельная сводка, неделя с ${week}`,
    overdue: 'Просроченные этапы',
    atRisk: 'Этапы под угрозой',
    awaitingReview: 'Отчёты, ожидающие проверки',
    unreported: (from, to) => `Организации, ещё не отчитавшиеся за период ${from} – ${to}`,
    none: 'Нет.',
    more: (n) => `… и ещё ${n}`,
    due: 'срок',
    open: 'Открыть систему',
    footer: 'Вы получили это сообщение как сотрудник секретариата ЕЭСК, ведущий План действий REX/587.',
  },
  kk: {
    missedSubject: (org, from, to) => `[REX/587] ${org} ${from} – ${to} кезеңі үшін есеп бермеді`,
    missedLead: (org, n, from, to) =>
      `${org} ${from} – ${to} есептік кезеңінде өзі жауапты кезеңдер (${n}) бойынша жұмыс барысы туралы есеп бермеді:`,
    digestSubject: (week) => `[REX/587] Апталық шолу, ${week} басталатын апта`,
    overdue: 'Мерзімі өткен кезеңдер',
    atRisk: 'Қауіп төнген кезеңдер',
    awaitingReview: 'Тексеруді күтіп тұрған есептер',
    unreported: (from, to) => `${from} – ${to} кезеңі үшін әлі есеп бермеген ұйымдар`,
    none: 'Жоқ.',
    more: (n) => `… тағы ${n}`,
    due: 'мерзімі',
    open: 'Жүйені ашу',
    footer: 'Бұл хабарламаны REX/587 Іс-қимыл жоспарын жүргізетін ЕЭӘК хатшылығының қызметкері ретінде алдыңыз.',
  },
};
