import { formatDueDate, formatFigure } from '../dates.js';
import type { Locale } from '../locale.js';
import type { ExportColumnName, ServerCatalogue } from './catalogue.js';
import { en } from './en.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

/** The server's texts, one catalogue per language. */
export const SERVER_CATALOGUES: Record<Locale, ServerCatalogue> = { en, ru, kk };

/** Every text the server writes, in the reader's language. */
export const serverWords = (locale: Locale): ServerCatalogue => SERVER_CATALOGUES[locale];

/**
 * Every text of every language as one string (functions by their source): what a cache of written files keys
 * on, so that a corrected translation is never served from a file written before it.
 */
export function serverTextsFingerprint(): string {
  const texts = JSON.stringify(SERVER_CATALOGUES, (_key, value: unknown) =>
    typeof value === 'function' ? (value as () => unknown).toString() : value,
  );
  // And how dates and figures are written in them ("27 ноября 2026 г.", "57,8").
  return [texts, formatDueDate.toString(), formatFigure.toString()].join('\n');
}

/** A list export's column header: "Title", or for one language of a translatable text "Title (RU)". */
export function exportHeader(locale: Locale, column: ExportColumnName, language?: Locale): string {
  const header = SERVER_CATALOGUES[locale].exports.columns[column];
  return language ? `${header} (${language.toUpperCase()})` : header;
}
