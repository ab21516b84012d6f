// Public surface of the i18n lib ('#i18n'). The languages the product speaks (en, ru, kk) and the server's texts
// in them: the one place where every text the server writes (errors, mails, reports, the public page,
// notifications) exists in each language, with the `html` tag that writes markup. Just above contracts.
export { LOCALES, asLocale, isLocale, negotiateLocale, type Locale } from './locale.js';
export { serverMessage, type ServerMessage } from './server-messages.js';
export { translated, type Translatable } from './text.js';
// SafeHtml as a type only: markup is made by `html` (escaping) or `trustedHtml` (fixed markup), never by hand.
export { html, type HtmlValue, type SafeHtml, trustedHtml } from './html.js';
export { formatDueDate } from './dates.js';
export { REPORT_WORDS, type ReportWords } from './catalogues/report-words.js';
export { PUBLIC_PAGE_WORDS, type PublicPageWords } from './catalogues/public-page-words.js';
export {
  REMINDER_LEADS,
  type ReminderLeadKind,
  REMINDER_WORDS,
  type ReminderWords,
  ruDays,
} from './catalogues/reminder-words.js';
export { STAFF_ALERT_WORDS, type StaffAlertWords } from './catalogues/staff-alert-words.js';
export {
  type NotificationKind,
  NOTIFICATION_TITLES,
  type ProgressUpdateNotice,
  STAFF_ENTERED_NOTIFICATION_TITLES,
} from './catalogues/notification-words.js';
