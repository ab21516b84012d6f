import { csvWithBom, InvalidQueryException, type ListQuery, type Page } from '#kernel';

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
export function exportFile(resource: string, format: ExportFormat, today: string): Omit<ExportFile, 'body'> {
  return {
    fileName: `${resource}-${today}.${format}`,
    contentType:
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

/** A list as a file: CSV (UTF-8 with BOM) or XLSX (typed cells, filters, frozen header). */
export async function exportList(
  resource: string,
  rows: Array<Record<string, unknown>>,
  format: ExportFormat,
  today: string,
): Promise<ExportFile> {
  const header = columns(rows);
  const table = rows.map((row) => header.map((column) => cell(row, column)));
  const file = exportFile(resource, format, today);
  if (format === 'csv') {
    return {
      ...file,
      body: csvWithBom([header, ...table], {
        date: (value) => value.toISOString(),
        boolean: (value) => String(value),
      }),
    };
  }
  // exceljs (and its zip and stream libraries) loads with the first spreadsheet, not with every process.
  const book = new (await import('exceljs')).default.Workbook();
  book.creator = 'REX/587 Action Plan tracker';
  const sheet = book.addWorksheet(resource.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header);
  for (const row of table) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.length + 1, column: Math.max(1, header.length) } };
  header.forEach((name, index) => {
    sheet.getColumn(index + 1).width = Math.min(50, Math.max(12, name.length + 2));
  });
  return { ...file, body: Buffer.from(await book.xlsx.writeBuffer()) };
}
