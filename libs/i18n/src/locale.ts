import { LOCALES, type Locale } from '#contracts';

// One list of languages, shared with the admin app (libs/contracts); offered here with the helpers that read it.
export { LOCALES, type Locale };

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** One of ours, or English for anything else (a stored preference, a parameter). */
export const asLocale = (value: unknown): Locale => (isLocale(value) ? value : 'en');

/**
 * The caller's language from an Accept-Language header ("kk-KZ,ru;q=0.8,en;q=0.5"): the range of highest
 * weight that names one of ours, by its primary tag; English when none does. Bounded: a header is read up to
 * its first 20 ranges.
 */
export function negotiateLocale(header: string | string[] | undefined): Locale {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranges = text
    .split(',')
    .slice(0, 20)
    .map((range, index) => {
      const [tag, ...parameters] = range.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], weight: q ? Number(q[1]) : 1, index };
    })
    .filter((range) => isLocale(range.language) && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (ranges[0]?.language as Locale | undefined) ?? 'en';
}
