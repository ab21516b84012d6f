import { DateTime } from 'luxon';
import { asLocale } from './locale.js';

const INTL_LOCALES = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' } as const;

/** A due date as a person reads it, e.g. "31 March 2027" / "31 марта 2027 г.". */
const formatted = new Map<string, string>();

export function formatDueDate(date: string, locale: string): string {
  const key = `${date}|${locale}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = DateTime.fromISO(date, { zone: 'UTC' })
      .setLocale(INTL_LOCALES[asLocale(locale)])
      .toLocaleString(DateTime.DATE_FULL);
    // Bounded: due dates and three languages.
    if (formatted.size < 10_000) formatted.set(key, text);
  }
  return text;
}

const FIGURES = new Map<string, Intl.NumberFormat>();

/** A figure as the language writes it: "57.8" in English, "57,8" in Russian and Kazakh; at most one decimal. */
export function formatFigure(value: number, locale: string): string {
  const intl = INTL_LOCALES[asLocale(locale)];
  let format = FIGURES.get(intl);
  if (!format) {
    format = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
    FIGURES.set(intl, format);
  }
  return format.format(value);
}

const RANGES = new Map<string, Intl.DateTimeFormat>();

/**
 * Days from one date to another as the language writes them: "26–27 March 2025", "26–27 марта 2025 г.",
 * "2025 ж. 26–27 наурыз"; one day when both are the same.
 */
export function formatDateRange(from: string, to: string, locale: string): string {
  if (from === to) return formatDueDate(from, locale);
  const intl = INTL_LOCALES[asLocale(locale)];
  let format = RANGES.get(intl);
  if (!format) {
    format = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    RANGES.set(intl, format);
  }
  // English ICU sets thin spaces around the dash of "26 – 27 March"; EU style writes days of one month "26–27".
  return format
    .formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))
    .replace(/(\d)\s*–\s*(\d)/gu, '$1–$2');
}
