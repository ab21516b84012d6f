// Public surface of the i18n lib ('#i18n'). The languages the product speaks (en, ru, kk) and the server's texts
// in them. The lowest layer.
export { LOCALES, asLocale, isLocale, negotiateLocale, type Locale } from './locale.js';
export { serverMessage, type ServerMessage } from './server-messages.js';
export { translated, type Translatable } from './text.js';
export { html, type HtmlValue, SafeHtml, trustedHtml } from './html.js';
export { formatDueDate } from './dates.js';
