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
