export { LOCALES, asLocale, isLocale, negotiateLocale, type Locale } from './locale.js';
export { serverMessage, type ServerMessage } from './server-messages.js';
export { escapeHtml, translated, type Translatable } from './text.js';
export { formatDueDate } from './dates.js';
