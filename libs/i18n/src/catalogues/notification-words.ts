import type { Locale } from '../locale.js';

/** What an in-app notification is about: the outbox topics that make one. */
export type ProgressUpdateNotice =
  'progress-update.submitted' | 'progress-update.approved' | 'progress-update.returned' | 'progress-update.rejected';
export type NotificationKind = ProgressUpdateNotice | 'milestone.reassigned';

/** A notification's title, by what it is about; `code` is the milestone's. */
export const NOTIFICATION_TITLES: Record<Locale, Record<NotificationKind, (code: string) => string>> = {
  en: {
    'progress-update.submitted': (code) => `New progress report on ${code} awaits review`,
    'progress-update.approved': (code) => `Your progress report on ${code} was approved`,
    'progress-update.returned': (code) => `Your progress report on ${code} was returned for revision`,
    'progress-update.rejected': (code) => `Your progress report on ${code} was rejected`,
    'milestone.reassigned': (code) => `Your organisation now leads milestone ${code}`,
  },
  ru: {
    'progress-update.submitted': (code) => `Новый отчёт о ходе работ по ${code} ожидает проверки`,
    'progress-update.approved': (code) => `Ваш отчёт по ${code} утверждён`,
    'progress-update.returned': (code) => `Ваш отчёт по ${code} возвращён на доработку`,
    'progress-update.rejected': (code) => `Ваш отчёт по ${code} отклонён`,
    'milestone.reassigned': (code) => `Ваша организация теперь отвечает за этап ${code}`,
  },
  kk: {
    'progress-update.submitted': (code) => `${code} бойынша жаңа есеп тексеруді күтуде`,
    'progress-update.approved': (code) => `${code} бойынша есебіңіз бекітілді`,
    'progress-update.returned': (code) => `${code} бойынша есебіңіз пысықтауға қайтарылды`,
    'progress-update.rejected': (code) => `${code} бойынша есебіңіз қабылданбады`,
    'milestone.reassigned': (code) => `Енді ${code} кезеңіне сіздің ұйымыңыз жауапты`,
  },
};

/** The title when EESC staff entered the report for the organisation (a partner hears of staff's entry). */
export const STAFF_ENTERED_NOTIFICATION_TITLES: Record<
  Locale,
  Record<ProgressUpdateNotice, (code: string) => string>
> = {
  en: {
    'progress-update.submitted': (code) =>
      `New progress report on ${code}, entered by EESC staff for the organisation, awaits review`,
    'progress-update.approved': (code) =>
      `A progress report on ${code} entered by EESC staff for your organisation was approved`,
    'progress-update.returned': (code) =>
      `A progress report on ${code} entered by EESC staff for your organisation was returned for revision`,
    'progress-update.rejected': (code) =>
      `A progress report on ${code} entered by EESC staff for your organisation was rejected`,
  },
  ru: {
    'progress-update.submitted': (code) =>
      `Новый отчёт по ${code}, внесённый сотрудниками ЕЭСК за организацию, ожидает проверки`,
    'progress-update.approved': (code) =>
      `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, утверждён`,
    'progress-update.returned': (code) =>
      `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, возвращён на доработку`,
    'progress-update.rejected': (code) => `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, отклонён`,
  },
  kk: {
    'progress-update.submitted': (code) =>
      `${code} бойынша ұйым үшін ЕЭӘК қызметкерлері енгізген жаңа есеп тексеруді күтуде`,
    'progress-update.approved': (code) => `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп бекітілді`,
    'progress-update.returned': (code) =>
      `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп пысықтауға қайтарылды`,
    'progress-update.rejected': (code) => `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп қабылданбады`,
  },
};
