export { LOCALES, isLocale, negotiateLocale, type Locale } from './locale.js';
export { serverMessage, type ServerMessage } from './server-messages.js';
