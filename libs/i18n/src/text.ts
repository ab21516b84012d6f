import type { Translatable } from '#contracts';
import type { Locale } from './locale.js';

export type { Translatable };

/** The text in `locale`, or the English one when that translation is missing. */
export function translated(value: Translatable, locale: Locale): string {
  return value[locale] || value.en;
}
