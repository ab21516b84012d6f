import type { Locale } from './locale.js';

/**
 * What the server says to a person, in their language, with the language's numbers and plurals. Messages are
 * functions of their parameters: Russian counts take one of three forms ("1 секунду", "3 секунды",
 * "5 секунд"), Kazakh nouns do not change after a number.
 */
export type ServerMessage =
  | { key: 'too_many_sign_in_attempts'; seconds: number }
  | { key: 'rate_limited'; action: RateLimitedActionName; seconds: number }
  | { key: 'statement_timeout' };

type RateLimitedActionName = 'write' | 'search' | 'export' | 'download' | 'import' | 'upload' | 'password';

const number = (locale: Locale, n: number) => new Intl.NumberFormat(locale === 'kk' ? 'kk-KZ' : locale).format(n);

function seconds(locale: Locale, n: number): string {
  const count = number(locale, n);
  if (locale === 'en') return n === 1 ? '1 second' : `${count} seconds`;
  if (locale === 'kk') return `${count} секундтан`;
  const form = new Intl.PluralRules('ru').select(n);
  return `${count} ${form === 'one' ? 'секунду' : form === 'few' ? 'секунды' : form === 'many' ? 'секунд' : 'секунды'}`;
}

/** What is counted, as the subject of "too many … from this account". */
const COUNTED: Record<Locale, Record<RateLimitedActionName, string>> = {
  en: {
    write: 'changes',
    search: 'searches',
    export: 'exports',
    download: 'downloads',
    import: 'imports',
    upload: 'uploads',
    password: 'password changes',
  },
  ru: {
    write: 'изменений',
    search: 'поисковых запросов',
    export: 'выгрузок',
    download: 'скачиваний',
    import: 'импортов',
    upload: 'загрузок файлов',
    password: 'попыток смены пароля',
  },
  kk: {
    write: 'өзгерістер',
    search: 'іздеу сұраулары',
    export: 'экспорттар',
    download: 'жүктеп алулар',
    import: 'импорттар',
    upload: 'файл жүктеулері',
    password: 'құпиясөзді өзгерту әрекеттері',
  },
};

export function serverMessage(locale: Locale, message: ServerMessage): string {
  switch (message.key) {
    case 'too_many_sign_in_attempts':
      return {
        en: `Too many sign-in attempts; try again in ${seconds('en', message.seconds)}`,
        ru: `Слишком много попыток входа; повторите через ${seconds('ru', message.seconds)}`,
        kk: `Кіру әрекеттері тым көп; ${seconds('kk', message.seconds)} кейін қайталаңыз`,
      }[locale];
    case 'rate_limited':
      return {
        en: `Too many ${COUNTED.en[message.action]} from this account; try again in ${seconds('en', message.seconds)}`,
        ru: `Слишком много ${COUNTED.ru[message.action]} с этой учётной записи; повторите через ${seconds('ru', message.seconds)}`,
        kk: `Бұл тіркелгіден ${COUNTED.kk[message.action]} тым көп; ${seconds('kk', message.seconds)} кейін қайталаңыз`,
      }[locale];
    case 'statement_timeout':
      return {
        en:
          'The database took too long to answer this request and stopped it; try again shortly, or ask for less ' +
          'at once (a shorter search, a smaller page)',
        ru:
          'База данных слишком долго обрабатывала запрос и остановила его; повторите чуть позже или запросите ' +
          'меньше за раз (короче поиск, меньше страница)',
        kk:
          'Дерекқор бұл сұрауды тым ұзақ өңдеп, тоқтатты; біраздан кейін қайталаңыз немесе бір мезетте азырақ ' +
          'сұраңыз (қысқарақ іздеу, кішірек бет)',
      }[locale];
  }
}
