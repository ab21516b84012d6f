import type { Locale } from '#i18n';
import { csvWithBom, InvalidQueryException, type ListQuery, type Page } from '#kernel';
import { type ExportColumn, exportColumns, type ExportReferences } from './export-columns.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** An export is a list read page by page; beyond this many rows, narrow the filter. */
export const MAX_EXPORT_ROWS = 100_000;
const PAGE = 1000;
const LANGUAGES = ['en', 'ru', 'kk'];

export function exportFormat(value: unknown): ExportFormat {
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(value)) {
    throw new InvalidQueryException('format', { key: 'mustBeOneOf', values: EXPORT_FORMATS });
  }
  return value as ExportFormat;
}

/**
 * Every row of a list as the caller may see it: read through the same list
 * call (and so the same scoping and field redaction) as the API's list route.
 * A list whose total is only estimated is first asked for its row just past
 * the limit, which counts exactly that far: an export is refused before it is
 * read, and never on an estimate alone.
 */
export async function readAll<T>(list: (query: ListQuery) => Promise<Page<T>>, query: ListQuery): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await list({ ...query, range: { start, end: start + PAGE - 1 } });
    if (start === 0 && page.estimated) {
      const past = await list({ ...query, range: { start: MAX_EXPORT_ROWS, end: MAX_EXPORT_ROWS } });
      if (past.rows.length > 0) {
        throw new InvalidQueryException('filter', {
          key: 'exportTooLarge',
          total: past.total,
          estimated: past.estimated === true,
          max: MAX_EXPORT_ROWS,
        });
      }
    }
    rows.push(...page.rows);
    if (page.rows.length < PAGE || (!page.estimated && rows.length >= page.total)) return rows;
  }
}

const isTranslatable = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'en' in value;

/** Columns of a list: translatable texts split per language, nested objects as JSON. */
function columns(rows: Array<Record<string, unknown>>): string[] {
  const names: string[] = [];
  for (const row of rows.slice(0, 100)) {
    for (const [key, value] of Object.entries(row)) {
      const expanded = isTranslatable(value) ? LANGUAGES.map((language) => `${key}.${language}`) : [key];
      for (const name of expanded) if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

type Cell = string | number | boolean | Date | null;

function cell(row: Record<string, unknown>, column: string): Cell {
  const [key, language] = column.split('.');
  const value = row[key];
  if (language) return isTranslatable(value) ? (value[language] ?? null) : null;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value))
    return value.every((item) => typeof item !== 'object') ? value.join(', ') : JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** The name and type of a list's export file (its body is written by exportList, in a worker thread). */
export function exportFile(
  resource: string,
  format: ExportFormat,
  today: string,
  locale: Locale,
): Omit<ExportFile, 'body'> {
  return {
    fileName: `${resource}-${today}-${locale}.${format}`,
    contentType:
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

/** What an export is written from: the rows as the caller may read them, and the records they name. */
export interface ListExport {
  resource: string;
  rows: Array<Record<string, unknown>>;
  format: ExportFormat;
  today: string;
  locale: Locale;
  references: ExportReferences;
}

/** A list's columns: its own (exportColumns), or, for a list without, every field as it is. */
function tableOf(list: ListExport): { columns: ExportColumn[] } {
  const own = exportColumns(list.resource, list.rows, list.locale, list.references);
  if (own) return { columns: own };
  return {
    columns: columns(list.rows).map((name) => ({
      key: name,
      header: name,
      kind: 'text' as const,
      value: (row: Record<string, unknown>) => {
        const value = cell(row, name);
        return value instanceof Date ? value.toISOString() : value;
      },
    })),
  };
}

/** A calendar date or an instant as a typed spreadsheet date (UTC). */
const asDate = (value: string, kind: 'date' | 'timestamp') =>
  new Date(kind === 'date' ? `${value.slice(0, 10)}T00:00:00Z` : value);

/** A list as a file: CSV (UTF-8 with BOM) or XLSX (typed cells, filters, frozen header), headers in `locale`. */
export async function exportList(list: ListExport): Promise<ExportFile> {
  const { columns: table } = tableOf(list);
  const header = table.map((column) => column.header);
  const cells = list.rows.map((row) => table.map((column) => column.value(row)));
  const file = exportFile(list.resource, list.format, list.today, list.locale);
  if (list.format === 'csv') {
    // Dates stay the ISO text they are ("2027-06-30", "2026-11-27T08:00:00.000Z").
    return { ...file, body: csvWithBom([header, ...cells], { boolean: (value) => String(value) }) };
  }
  // exceljs (and its zip and stream libraries) loads with the first spreadsheet, not with every process.
  const book = new (await import('exceljs')).default.Workbook();
  book.creator = 'REX/587 Action Plan tracker';
  const sheet = book.addWorksheet(list.resource.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header);
  for (const row of cells) {
    sheet.addRow(
      row.map((value, i) => {
        const kind = table[i].kind;
        return typeof value === 'string' && (kind === 'date' || kind === 'timestamp') ? asDate(value, kind) : value;
      }),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: cells.length + 1, column: Math.max(1, header.length) } };
  table.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.min(50, Math.max(12, column.header.length + 2));
    if (column.kind === 'date') sheetColumn.numFmt = 'yyyy-mm-dd';
    if (column.kind === 'timestamp') sheetColumn.numFmt = 'yyyy-mm-dd hh:mm';
  });
  return { ...file, body: Buffer.from(await book.xlsx.writeBuffer()) };
}
