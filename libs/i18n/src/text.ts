import type { Locale } from './locale.js';

/** Translatable text: English is required where the text is; Russian and Kazakh fall back to it. */
export interface Translatable {
  en: string;
  ru?: string;
  kk?: string;
}

/** The text in `locale`, or the English one when that translation is missing. */
export function translated(value: Translatable, locale: Locale): string {
  return value[locale] || value.en;
}
