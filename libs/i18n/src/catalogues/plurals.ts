import type { Locale } from '../locale.js';

// Built once: constructing an Intl formatter costs ~100 times more than formatting with it, and a flood of
// refused requests (429) formats a number and a plural for each.
const NUMBERS: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en'),
  ru: new Intl.NumberFormat('ru'),
  kk: new Intl.NumberFormat('kk-KZ'),
};
const RU_PLURALS = new Intl.PluralRules('ru');

/** A number as the language writes it: "1,200" / "1 200" (no-break space). */
export const formatNumber = (locale: Locale, n: number) => NUMBERS[locale].format(n);

/** The Russian form for a count: 1 (and 21, 31 …), 2-4 (and 22-24 …), or 5-20; fractions take the second. */
export function ruForm(n: number, one: string, few: string, many: string): string {
  const form = RU_PLURALS.select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
}
