import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { LOCALES as LANGUAGES, type Locale } from '#contracts';
import english from '../i18n/en.js';

export type { Locale };

/** Each language the server writes in, by the name its readers give it. */
const NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };
export const LOCALES = LANGUAGES.map((locale) => ({ locale, name: NAMES[locale] }));

/** Sign-in asks for the e-mail address: react-admin's "username" label says so in every language. */
function withEmailSignIn(messages: TranslationMessages): TranslationMessages {
  return { ...messages, ra: { ...messages.ra, auth: { ...messages.ra.auth, username: messages.ra.auth.email } } };
}

/**
 * English ships with the first screen; Russian and Kazakh are fetched when
 * chosen (react-admin keeps the choice in localStorage `RaStore.locale`).
 */
export const i18nProvider = polyglotI18nProvider(
  (locale) => {
    document.documentElement.lang = locale;
    if (locale === 'ru') return import('../i18n/ru.js').then((module) => withEmailSignIn(module.default));
    if (locale === 'kk') return import('../i18n/kk.js').then((module) => withEmailSignIn(module.default));
    return withEmailSignIn(english);
  },
  'en',
  [...LOCALES],
  { allowMissing: true },
);
