// Public surface of the i18n lib ('#i18n'). The languages the product speaks (en, ru, kk) and the server's texts
// in them: every text the server writes (errors, mails, reports, the public page, notifications) is in one
// catalogue per language (catalogues/en.ts, ru.ts, kk.ts, typed `ServerCatalogue`), read through
// `serverWords(locale)`; what the server says to a person (errors and their reasons) is a `ServerMessage`, a key
// and its parameters, written by `serverMessage(locale, message)`. With the `html` tag that writes markup. Just
// above contracts.
export { LOCALES, asLocale, isLocale, negotiateLocale, type Locale } from './locale.js';
export { serverMessage, serverMessages, type ServerMessage } from './server-messages.js';
export { exportHeader, serverTextsFingerprint, serverWords } from './catalogues/index.js';
export type {
  ClosedMilestoneRefusal,
  EvidenceKindName,
  RateLimitedActionName,
  ResourceName,
  ReviewStep,
  StaffChange,
} from './catalogues/message-words.js';
export type {
  ExportColumnName,
  ExportWords,
  NotificationKind,
  ProgressUpdateNotice,
  PublicPageWords,
  ReminderLeadKind,
  ReminderWords,
  ReportWords,
  ServerCatalogue,
  StaffAlertWords,
} from './catalogues/catalogue.js';
export { translated, type Translatable } from './text.js';
// SafeHtml as a type only: markup is made by `html` (escaping) or `trustedHtml` (fixed markup), never by hand.
export { html, type HtmlValue, type SafeHtml, trustedHtml } from './html.js';
export { formatDateRange, formatDueDate, formatFigure } from './dates.js';
