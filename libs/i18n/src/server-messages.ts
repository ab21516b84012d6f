import type { Locale } from './locale.js';

/**
 * What the server says to a person, in their language, with the language's numbers and plurals. Messages are
 * functions of their parameters: Russian counts take one of three forms ("1 секунду", "3 секунды",
 * "5 секунд"), Kazakh nouns do not change after a number.
 */
export type ServerMessage =
  | { key: 'too_many_sign_in_attempts'; seconds: number }
  | { key: 'rate_limited'; action: RateLimitedActionName; seconds: number }
  | { key: 'statement_timeout' }
  | { key: 'too_many_at_once' }
  | { key: 'updates_per_day'; limit: number; seconds: number }
  | { key: 'evidence_storage'; scope: 'update' | 'organisation'; megabytes: number };

type RateLimitedActionName = 'write' | 'search' | 'export' | 'download' | 'import' | 'upload' | 'password';

// Built once: constructing an Intl formatter costs ~100 times more than formatting with it, and a flood of
// refused requests (429) formats a number and a plural for each.
const NUMBERS: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en'),
  ru: new Intl.NumberFormat('ru'),
  kk: new Intl.NumberFormat('kk-KZ'),
};
const RU_PLURALS = new Intl.PluralRules('ru');

const number = (locale: Locale, n: number) => NUMBERS[locale].format(n);

/** The Russian form for a count: 1 (and 21, 31 …), 2-4 (and 22-24 …), or 5-20; fractions take the second. */
function ruForm(n: number, one: string, few: string, many: string): string {
  const form = RU_PLURALS.select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
}

function seconds(locale: Locale, n: number): string {
  const count = number(locale, n);
  if (locale === 'en') return n === 1 ? '1 second' : `${count} seconds`;
  if (locale === 'kk') return `${count} секундтан`;
  return `${count} ${ruForm(n, 'секунду', 'секунды', 'секунд')}`;
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
    case 'updates_per_day': {
      const n = number(locale, message.limit);
      const ruReports = ruForm(message.limit, 'отчёт', 'отчёта', 'отчётов');
      return {
        en: `Your organisation has sent ${n} progress ${message.limit === 1 ? 'report' : 'reports'} on this milestone in the last 24 hours, the most allowed; try again in ${seconds('en', message.seconds)}`,
        ru: `Ваша организация уже отправила ${n} ${ruReports} по этому этапу за последние 24 часа — это предел; повторите через ${seconds('ru', message.seconds)}`,
        kk: `Ұйымыңыз соңғы 24 сағатта осы кезең бойынша ${n} есеп жіберді, бұл шек; ${seconds('kk', message.seconds)} кейін қайталаңыз`,
      }[locale];
    }
    case 'evidence_storage': {
      const mb = number(locale, message.megabytes);
      if (message.scope === 'update') {
        return {
          en: `A progress report holds at most ${mb} MB of evidence files; remove one or send a smaller file`,
          ru: `К отчёту можно приложить не более ${mb} МБ файлов; удалите файл или отправьте файл поменьше`,
          kk: `Есепке ${mb} МБ-тан аспайтын файлдар тіркеуге болады; файлды жойыңыз немесе кішірек файл жіберіңіз`,
        }[locale];
      }
      return {
        en: `Your organisation's evidence files have reached ${mb} MB, the most allowed; ask EESC staff to raise the limit`,
        ru: `Файлы вашей организации достигли ${mb} МБ — это предел; попросите сотрудников ЕЭСК увеличить его`,
        kk: `Ұйымыңыздың файлдары ${mb} МБ-қа жетті, бұл шек; шекті көтеруді ЕЭӘК қызметкерлерінен сұраңыз`,
      }[locale];
    }
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
    case 'too_many_at_once':
      return {
        en: 'Too many requests from this account at once; wait for those under way, then try again',
        ru: 'Слишком много одновременных запросов с этой учётной записи; дождитесь выполнения текущих и повторите',
        kk: 'Бұл тіркелгіден бір мезетте тым көп сұрау; орындалып жатқандарын күтіп, қайталаңыз',
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
