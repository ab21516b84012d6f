import { stringify, type Options } from 'csv-stringify/sync';
import type { Locale } from '../../../database/src/base.entity.js';
import type { ReportWords } from '../report-text.js';
import type { SnapshotContent } from '../snapshot.js';
import { milestoneTable } from './milestone-table.js';

/** Rows as CSV in UTF-8 with a BOM, so that Excel reads Cyrillic right. */
export function csvWithBom(rows: unknown[][], cast: Options['cast']): Buffer {
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(stringify(rows, { cast }), 'utf8')]);
}

/** The milestones of a report as CSV: UTF-8 with a BOM (so Excel reads Cyrillic right), dates as YYYY-MM-DD. */
export function renderCsv(content: SnapshotContent, words: ReportWords, locale: Locale): Buffer {
  const { header, rows } = milestoneTable(content, words, locale);
  return csvWithBom([header, ...rows], {
    date: (value) => value.toISOString().slice(0, 10),
    number: (value) => String(value),
  });
}
