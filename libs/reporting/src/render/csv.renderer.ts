import { type Locale, type ReportWords } from '#i18n';
import { csvWithBom } from '#kernel';
import type { SnapshotContent } from '../snapshot.js';
import { milestoneTable } from './milestone-table.js';

/** The milestones of a report as CSV: UTF-8 with a BOM (so Excel reads Cyrillic right), dates as YYYY-MM-DD. */
export function renderCsv(content: SnapshotContent, words: ReportWords, locale: Locale): Buffer {
  const { header, rows } = milestoneTable(content, words, locale);
  return csvWithBom([header, ...rows], {
    date: (value) => value.toISOString().slice(0, 10),
    number: (value) => String(value),
  });
}
