import { Readable } from 'node:stream';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { serverMessage, type ServerMessage } from '#i18n';
import { flattenValidationErrors } from '#database';
import { restoreFormula } from '#kernel';
import { CreateMilestoneDto } from '../plan.dto.js';

/** The columns of the milestone import, in template order. */
export const IMPORT_COLUMNS = [
  'objective',
  'code',
  'title.en',
  'title.ru',
  'title.kk',
  'description.en',
  'description.ru',
  'description.kk',
  'startDate',
  'dueDate',
  'status',
  'progress',
  'lead',
  'supporting',
  'visibility',
  'opinionReference',
] as const;
const REQUIRED = ['objective', 'title.en', 'title.ru', 'dueDate', 'lead'];
export const MAX_IMPORT_ROWS = 5000;

export type ImportCell = string | number | Date | null | undefined;
export type ImportRow = Record<string, ImportCell>;

/** A file-level problem (unreadable, wrong columns): nothing row by row can be said. */
export class ImportFileError extends Error {
  constructor(readonly said: ServerMessage) {
    super(serverMessage('en', said));
  }
}

export interface ImportContext {
  /** Objective code → id, within the plan imported into. */
  objectives: Map<string, string>;
  /** Organisation short code → id. */
  organisations: Map<string, string>;
  /** Milestone codes the plan already has. */
  existingCodes: Set<string>;
}

export interface CheckedRow {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  code: string | null;
  errors: Record<string, ServerMessage>;
  /** The milestone to create, when the row has no error. */
  milestone: CreateMilestoneDto | null;
}

const isZip = (content: Buffer) => content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/**
 * Rows of a CSV (UTF-8, with or without BOM; comma or semicolon) or of the first sheet of an XLSX. Read as a
 * stream that stops at the first row past the limit: a workbook of 200,000 rows is refused after 5,001, not
 * parsed whole first. Runs in a worker thread with a memory limit (import-reader.ts).
 */
export async function readImportFile(content: Buffer): Promise<ImportRow[]> {
  const table = isZip(content) ? await readWorkbook(content) : readCsv(content);
  const [header = [], ...rows] = table;
  const names = header.map((name) => String(name ?? '').trim());
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new ImportFileError({ key: 'lacksColumns', columns: missing });
  const unknown = names.filter((name) => name !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new ImportFileError({ key: 'unknownColumns', columns: unknown });
  const records = rows.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells?.[i]])) as ImportRow);
  if (records.length > MAX_IMPORT_ROWS) throw new TooManyRows();
  return records;
}

/** More rows than this (the header and the limit) are not read at all. */
const ROWS_READ = MAX_IMPORT_ROWS + 2;

class TooManyRows extends ImportFileError {
  constructor() {
    super({ key: 'tooManyRows', max: MAX_IMPORT_ROWS });
  }
}

async function readWorkbook(content: Buffer): Promise<ImportCell[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const table: ImportCell[][] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<{ number: number; values: unknown }>) {
        if (row.number > ROWS_READ) throw new TooManyRows();
        // Only the template's columns can matter: cells beyond them are not kept.
        const values = (row.values as ImportCell[]).slice(1, IMPORT_COLUMNS.length + 1 + 8);
        table[row.number - 1] = values.map((value) =>
          value !== null && typeof value === 'object' && !(value instanceof Date) ? cellText(value) : value,
        );
      }
      return table;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ key: 'notXlsx' });
  }
  throw new ImportFileError({ key: 'noSheet' });
}

function readCsv(content: Buffer): ImportCell[][] {
  const text = content.toString('utf8');
  if (text.includes('\uFFFD')) throw new ImportFileError({ key: 'notUtf8' });
  let table: string[][];
  try {
    const firstLine = text.split('\n', 1)[0];
    const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
    table = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      to: ROWS_READ,
    }) as string[][];
  } catch (error) {
    // csv-parse's CsvError says where (`lines`): the one part of its English text every language can show.
    const line = (error as { lines?: unknown }).lines;
    throw new ImportFileError({
      key: 'notCsv',
      detail: (error as Error).message,
      ...(typeof line === 'number' ? { line } : {}),
    });
  }
  if (table.length >= ROWS_READ) throw new TooManyRows();
  // Cells this product's CSVs neutralised (csvWithBom) read back as they were written.
  return table.map((cells) => cells.map(restoreFormula));
}

/** Rich text, hyperlinks and formulas of an XLSX cell, as the text they show. */
function cellText(value: object): ImportCell {
  const cell = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if (cell.result !== undefined) return cell.result as ImportCell;
  return typeof cell.text === 'string' ? cell.text : String(value);
}

function text(value: ImportCell): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Which import column a field of the milestone comes from. */
const COLUMN_OF: Record<string, string> = {
  objectiveId: 'objective',
  leadOrganisationId: 'lead',
  supportingOrganisationIds: 'supporting',
};

/**
 * Checks every row (none is skipped: the report names every problem of every
 * row) against the same rules as the API, plus what only an import can get
 * wrong: unknown codes, duplicates, missing translations.
 */
export async function checkImportRows(rows: ImportRow[], context: ImportContext): Promise<CheckedRow[]> {
  const firstRowOfCode = new Map<string, number>();
  const checked: CheckedRow[] = [];
  for (const [index, row] of rows.entries()) {
    const number = index + 2;
    if (Object.values(row).every((value) => text(value) === undefined)) continue;
    const errors: Record<string, ServerMessage> = {};
    const objective = text(row.objective);
    const objectiveId = objective ? context.objectives.get(objective) : undefined;
    if (objective && !objectiveId) errors.objective = { key: 'noObjectiveCode', code: objective };
    const lead = text(row.lead);
    const leadId = lead ? context.organisations.get(lead) : undefined;
    if (lead && !leadId) errors.lead = { key: 'noOrganisationShortCode', codes: [lead] };
    const supporting = (text(row.supporting) ?? '')
      .split(/[,;]/)
      .map((code) => code.trim())
      .filter(Boolean);
    const unknownSupporting = supporting.filter((code) => !context.organisations.has(code));
    if (unknownSupporting.length > 0) errors.supporting = { key: 'noOrganisationShortCode', codes: unknownSupporting };
    for (const language of ['en', 'ru'] as const) {
      if (!text(row[`title.${language}`])) errors[`title.${language}`] = { key: 'missingTranslation' };
    }
    const code = text(row.code) ?? null;
    if (code !== null) {
      const firstRow = firstRowOfCode.get(code);
      if (context.existingCodes.has(code)) errors.code = { key: 'codeInPlan' };
      else if (firstRow !== undefined) errors.code = { key: 'duplicateCode', row: firstRow };
      else firstRowOfCode.set(code, number);
    }
    const progressText = text(row.progress);
    const plain = {
      objectiveId: objectiveId ?? (objective ? '00000000-0000-0000-0000-000000000000' : undefined),
      code: code ?? undefined,
      title: { en: text(row['title.en']) ?? '', ru: text(row['title.ru']), kk: text(row['title.kk']) },
      description: {
        en: text(row['description.en']) ?? '',
        ru: text(row['description.ru']),
        kk: text(row['description.kk']),
      },
      startDate: text(row.startDate),
      dueDate: text(row.dueDate),
      status: text(row.status),
      progress:
        progressText === undefined ? undefined : /^-?\d+$/.test(progressText) ? Number(progressText) : progressText,
      leadOrganisationId: leadId ?? (lead ? '00000000-0000-0000-0000-000000000000' : undefined),
      supportingOrganisationIds: supporting.map((short) => context.organisations.get(short) ?? short),
      visibility: text(row.visibility),
      opinionReference: text(row.opinionReference),
    };
    const milestone = plainToInstance(CreateMilestoneDto, plain);
    const found = flattenValidationErrors(
      await validate(milestone, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }),
    );
    for (const [field, reason] of Object.entries(found)) {
      const column = COLUMN_OF[field.split('.')[0]] ?? field;
      // The specific message (unknown code, missing translation) is more useful than the generic one.
      errors[column] ??= reason;
    }
    if (plain.startDate && plain.dueDate && !errors.startDate && !errors.dueDate && plain.startDate > plain.dueDate) {
      errors.startDate = { key: 'mustNotBeAfter', other: 'dueDate' };
    }
    if (leadId && supporting.some((short) => context.organisations.get(short) === leadId)) {
      errors.supporting ??= { key: 'leadNotSupporting' };
    }
    const valid = Object.keys(errors).length === 0;
    checked.push({ row: number, code, errors, milestone: valid ? milestone : null });
  }
  return checked;
}

/** The template: the columns and one illustrative row. */
export function importTemplateRows(): string[][] {
  return [
    [...IMPORT_COLUMNS],
    [
      'P1.O1',
      '',
      'Illustrative milestone: first joint seminar',
      'Иллюстративный этап: первый совместный семинар',
      'Мысал кезең: алғашқы бірлескен семинар',
      '',
      '',
      '',
      '2027-01-15',
      '2027-06-30',
      'planned',
      '0',
      'EESC-REX',
      'EIPA; ECJL',
      'internal',
      'REX/587, Action Plan, priority 1',
    ],
  ];
}
