import type { Translatable } from '#contracts';
import { LOCALES, type Locale } from './locale.js';

export type { Translatable };

/**
 * The text in `locale`; when that translation is missing, the English one, else whichever language it was
 * written in (a partner's narrative may exist in Russian only: a report must still show it).
 */
export function translated(value: Translatable, locale: Locale): string {
  return value[locale] || value.en || LOCALES.map((other) => value[other]).find(Boolean) || '';
}
