import { Readable } from 'node:stream';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { MILESTONE_STATUSES, VISIBILITIES } from '#contracts';
import {
  type ExportColumnName,
  exportHeader,
  LOCALES,
  type Locale,
  serverMessage,
  type ServerMessage,
  serverWords,
} from '#i18n';
import { flattenValidationErrors } from '#database';
import { restoreFormula } from '#kernel';
import { CreateMilestoneDto, type MilestoneRecord, UpdateMilestoneDto } from '../plan.dto.js';

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
/** A milestone export has about thirty columns; cells past this many are not read. */
const MAX_COLUMNS = 64;

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
  /** The plan's milestones that rows of the file name by code: those rows update them. */
  existing: Map<string, MilestoneRecord>;
}

/** A field's value before and after an update row (as the API writes it). */
export type FieldChange = { from: unknown; to: unknown };

export interface CheckedRow {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  code: string | null;
  errors: Record<string, ServerMessage>;
  /** What the row does: a new milestone, a change of an existing one (matched by code), or nothing. */
  action: 'create' | 'update' | 'unchanged';
  /** The milestone to create, when the row creates one and has no error. */
  milestone: CreateMilestoneDto | null;
  /** The change to apply, when the row updates a milestone and has no error. */
  update: { id: string; version: number; values: UpdateMilestoneDto } | null;
  /** Field by field, what an update row changes. */
  changes: Record<string, FieldChange>;
}

/**
 * What a column is called in a file: its own name (the template), or its header in a milestone export in any
 * of the languages (an export edited in a spreadsheet comes back as an update).
 */
const HEADER_KEYS: ReadonlyMap<string, string> = (() => {
  const named: Array<[string, ExportColumnName, Locale?]> = [
    ['objective', 'objective'],
    ['code', 'code'],
    ...LOCALES.flatMap((language): Array<[string, ExportColumnName, Locale]> => [
      [`title.${language}`, 'title', language],
      [`description.${language}`, 'description', language],
    ]),
    ['startDate', 'startDate'],
    ['dueDate', 'dueDate'],
    ['status', 'status'],
    ['progress', 'progress'],
    ['lead', 'lead'],
    ['supporting', 'supporting'],
    ['visibility', 'visibility'],
    ['opinionReference', 'opinionReference'],
  ];
  const keys = new Map<string, string>([...IMPORT_COLUMNS, 'version'].map((key) => [key, key]));
  for (const locale of LOCALES) {
    for (const [key, column, language] of named) keys.set(exportHeader(locale, column, language), key);
  }
  return keys;
})();

/** Columns of a milestone export an import reads past: what the server computes, or names by id. */
const READ_PAST: ReadonlySet<string> = new Set([
  'id',
  'objectiveId',
  'leadOrganisationId',
  'supportingOrganisationIds',
  ...LOCALES.flatMap((locale) =>
    (
      [
        'priority',
        'objectiveTitle',
        'leadName',
        'internalNotes',
        'reportedProgress',
        'reportedOn',
        'verifiedProgress',
        'verifiedOn',
      ] as const
    ).map((column) => exportHeader(locale, column)),
  ),
]);

/** An enumeration's value from its code or its label in any language ("at_risk", "Под угрозой"). */
function valuesByLabel(values: readonly string[], labels: (locale: Locale) => Record<string, string>) {
  const byLabel = new Map<string, string>(values.map((value) => [value, value]));
  for (const locale of LOCALES) {
    for (const [value, label] of Object.entries(labels(locale))) byLabel.set(label.toLowerCase(), value);
  }
  return (text: string | undefined) => (text === undefined ? undefined : (byLabel.get(text.toLowerCase()) ?? text));
}
const statusOf = valuesByLabel(MILESTONE_STATUSES, (locale) => serverWords(locale).report.statuses);
const visibilityOf = valuesByLabel(VISIBILITIES, (locale) => serverWords(locale).exports.visibilities);

const isZip = (content: Buffer) => content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/**
 * Rows of a CSV (UTF-8, with or without BOM; comma or semicolon) or of the first sheet of an XLSX. Read as a
 * stream that stops at the first row past the limit: a workbook of 200,000 rows is refused after 5,001, not
 * parsed whole first. Runs in a worker thread with a memory limit (import-reader.ts).
 */
export async function readImportFile(content: Buffer): Promise<ImportRow[]> {
  const table = isZip(content) ? await readWorkbook(content) : readCsv(content);
  const [header = [], ...rows] = table;
  const headers = header.map((name) => String(name ?? '').trim());
  // Each column by its key; a column read past gets none (and is left out of the rows).
  const names = headers.map((name) => HEADER_KEYS.get(name) ?? (READ_PAST.has(name) ? '' : name));
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new ImportFileError({ key: 'lacksColumns', columns: missing });
  const unknown = names.filter(
    (name) => name !== '' && name !== 'version' && !(IMPORT_COLUMNS as readonly string[]).includes(name),
  );
  if (unknown.length > 0) throw new ImportFileError({ key: 'unknownColumns', columns: unknown });
  const records = rows.map(
    (cells) => Object.fromEntries(names.flatMap((name, i) => (name === '' ? [] : [[name, cells?.[i]]]))) as ImportRow,
  );
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
        // Only the template's and an export's columns can matter: cells beyond them are not kept.
        const values = (row.values as ImportCell[]).slice(1, MAX_COLUMNS + 1);
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
  // Objective id → code, for rows naming a milestone the plan has.
  const objectiveCodes = new Map([...context.objectives].map(([code, id]) => [id, code]));
  const checked: CheckedRow[] = [];
  for (const [index, row] of rows.entries()) {
    const number = index + 2;
    if (Object.values(row).every((value) => text(value) === undefined)) continue;
    const existing = context.existing.get(text(row.code) ?? '');
    if (existing) {
      checked.push(await checkUpdateRow(row, number, existing, context, objectiveCodes, firstRowOfCode));
      continue;
    }
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
      status: statusOf(text(row.status)),
      progress:
        progressText === undefined ? undefined : /^-?\d+$/.test(progressText) ? Number(progressText) : progressText,
      leadOrganisationId: leadId ?? (lead ? '00000000-0000-0000-0000-000000000000' : undefined),
      supportingOrganisationIds: supporting.map((short) => context.organisations.get(short) ?? short),
      visibility: visibilityOf(text(row.visibility)),
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
    checked.push({
      row: number,
      code,
      errors,
      action: 'create',
      milestone: valid ? milestone : null,
      update: null,
      changes: {},
    });
  }
  return checked;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A row naming a milestone the plan has (by code): the change it makes, field by field. A blank cell changes
 * nothing (an export's empty translation stays empty, it does not erase one); a `version` cell, as an export
 * writes it, refuses the row when the milestone changed since. The milestone stays under its objective.
 */
async function checkUpdateRow(
  row: ImportRow,
  number: number,
  current: MilestoneRecord,
  context: ImportContext,
  objectiveCodes: ReadonlyMap<string, string>,
  firstRowOfCode: Map<string, number>,
): Promise<CheckedRow> {
  const errors: Record<string, ServerMessage> = {};
  const code = current.code;
  const firstRow = firstRowOfCode.get(code);
  if (firstRow !== undefined) errors.code = { key: 'duplicateCode', row: firstRow };
  else firstRowOfCode.set(code, number);
  const version = text(row.version);
  if (version !== undefined && Number(version) !== current.version) {
    errors.version = { key: 'changedSinceExport', exported: Number(version) || 0, current: current.version };
  }
  const objective = text(row.objective);
  const objectiveCode = objectiveCodes.get(current.objectiveId) ?? '';
  if (objective !== undefined && objective !== objectiveCode) {
    errors.objective = { key: 'objectiveOfExisting', code: objectiveCode };
  }
  const translatable = (key: 'title' | 'description') => {
    const given = Object.fromEntries(
      LOCALES.flatMap((language) => {
        const value = text(row[`${key}.${language}`]);
        return value === undefined ? [] : [[language, value]];
      }),
    );
    return Object.keys(given).length === 0 ? undefined : { ...current[key], ...given };
  };
  const lead = text(row.lead);
  const leadId = lead === undefined ? undefined : context.organisations.get(lead);
  if (lead !== undefined && !leadId) errors.lead = { key: 'noOrganisationShortCode', codes: [lead] };
  const supportingText = text(row.supporting);
  const supporting = supportingText
    ?.split(/[,;]/)
    .map((short) => short.trim())
    .filter(Boolean);
  const unknownSupporting = (supporting ?? []).filter((short) => !context.organisations.has(short));
  if (unknownSupporting.length > 0) errors.supporting = { key: 'noOrganisationShortCode', codes: unknownSupporting };
  const status = statusOf(text(row.status));
  // The shown status comes back as it was exported: only a different one is a decision to record.
  const statusChange = status === undefined || status === current.status ? undefined : status;
  if (statusChange === 'delayed') errors.status = { key: 'derivedStatus' };
  const progressText = text(row.progress);
  const candidate: Record<string, unknown> = {
    title: translatable('title'),
    description: translatable('description'),
    startDate: text(row.startDate),
    dueDate: text(row.dueDate),
    status: statusChange,
    progress:
      progressText === undefined ? undefined : /^-?\d+$/.test(progressText) ? Number(progressText) : progressText,
    leadOrganisationId: leadId,
    supportingOrganisationIds: supporting?.map((short) => context.organisations.get(short) ?? short),
    visibility: visibilityOf(text(row.visibility)),
    opinionReference: text(row.opinionReference),
  };
  const before: Record<string, unknown> = { ...current, status: current.status };
  const changes: Record<string, FieldChange> = {};
  const values: Record<string, unknown> = {};
  for (const [field, to] of Object.entries(candidate)) {
    if (to === undefined) continue;
    const from = before[field];
    const same =
      field === 'supportingOrganisationIds'
        ? sameValue([...(from as string[])].sort(), [...(to as string[])].sort())
        : sameValue(from, to);
    if (same) continue;
    changes[field] = { from, to };
    values[field] = to;
  }
  const update = plainToInstance(UpdateMilestoneDto, values);
  const found = flattenValidationErrors(
    await validate(update, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }),
  );
  for (const [field, reason] of Object.entries(found)) errors[COLUMN_OF[field.split('.')[0]] ?? field] ??= reason;
  const startDate = (values.startDate as string | undefined) ?? current.startDate;
  const dueDate = (values.dueDate as string | undefined) ?? current.dueDate;
  if (startDate && startDate > dueDate && !errors.startDate && !errors.dueDate) {
    errors.startDate = { key: 'mustNotBeAfter', other: 'dueDate' };
  }
  const nextLead = (values.leadOrganisationId as string | undefined) ?? current.leadOrganisationId;
  const nextSupporting =
    (values.supportingOrganisationIds as string[] | undefined) ?? current.supportingOrganisationIds;
  if (nextSupporting.includes(nextLead)) errors.supporting ??= { key: 'leadNotSupporting' };
  const valid = Object.keys(errors).length === 0;
  const action = Object.keys(changes).length === 0 ? 'unchanged' : 'update';
  return {
    row: number,
    code,
    errors,
    action,
    milestone: null,
    update: valid && action === 'update' ? { id: current.id, version: current.version, values: update } : null,
    changes,
  };
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
