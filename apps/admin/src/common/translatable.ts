import { LOCALES, type Locale } from '#contracts';

/** Titles, descriptions and narratives: `{en, ru?, kk?}`, English always present for titles. */
export type Translatable = Partial<Record<Locale, string | null>>;

/** The languages a translatable text is written in: the server's own list. */
export const TEXT_LOCALES: readonly Locale[] = LOCALES;

/** The text in the wanted language, else English (as the API documents), with which language it is in. */
export function translate(
  text: Translatable | null | undefined,
  locale: string,
): { text: string; locale: Locale | null; fallback: boolean } {
  const wanted = text?.[locale as Locale];
  if (wanted) return { text: wanted, locale: locale as Locale, fallback: false };
  if (text?.en) return { text: text.en, locale: 'en', fallback: locale !== 'en' };
  const any = TEXT_LOCALES.find((candidate) => text?.[candidate]);
  return any ? { text: text![any]!, locale: any, fallback: true } : { text: '', locale: null, fallback: false };
}

/** Languages in which a text with an English original still lacks a translation. */
export function missingTranslations(text: Translatable | null | undefined): Locale[] {
  if (!text?.en?.trim()) return [];
  return TEXT_LOCALES.filter((locale) => !text[locale]?.trim());
}
