import { formatDueDate, LOCALES, type Locale, serverWords } from '#i18n';

/** A report's title in each language: a file is written in one, and its title with it. */
export type ReportTitles = Record<Locale, string>;

/** "Report to the plenary, 4 December 2026", in `locale`: what a report is called when nobody names it. */
export function defaultReportTitle(locale: Locale, asOf: string): string {
  return `${serverWords(locale).report.report}, ${formatDueDate(asOf, locale)}`;
}

/**
 * The titles of a new report: those given (trimmed, blank ones left out), and for every other language the
 * default in that language for the day the plan was frozen (`asOf`, the plan's calendar day).
 */
export function newReportTitles(given: Partial<Record<Locale, string>> | undefined, asOf: string): ReportTitles {
  const titles = {} as ReportTitles;
  for (const locale of LOCALES) titles[locale] = given?.[locale]?.trim() || defaultReportTitle(locale, asOf);
  return titles;
}

/** A correction: the languages given (not blank) replace theirs, the others stay as they were. */
export function correctedReportTitles(
  current: Partial<ReportTitles>,
  given: Partial<Record<Locale, string>>,
): Partial<ReportTitles> {
  const titles = { ...current };
  for (const locale of LOCALES) {
    const title = given[locale]?.trim();
    if (title) titles[locale] = title;
  }
  return titles;
}
