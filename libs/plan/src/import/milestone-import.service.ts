import type { ImportReport } from '#contracts';
import type { ServerMessage } from '#i18n';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, csvWithBom, InvalidInputException, InvalidQueryException } from '#kernel';
import { Database, isUuid } from '#database';
import { ImportReader } from './import-reader.js';
import { nextChildCode } from '../code.policy.js';
import { MilestoneRepository } from '../milestone.repository.js';
import {
  checkImportRows,
  ImportFileError,
  importTemplateRows,
  type CheckedRow,
  type ImportContext,
} from './milestone-import.js';

/** At most this many row errors are named in a refused import's 400 (the dry run lists them all). */
const ERRORS_IN_REFUSAL = 200;

/**
 * The import's report as it means it: each row's problems as catalogue messages, which the HTTP edge writes in
 * the reader's language (ImportReport).
 */
export interface ImportFindings extends Omit<ImportReport, 'rows'> {
  rows: Array<{ row: number; code: string | null; errors: Record<string, ServerMessage> }>;
}

/**
 * Milestones from a spreadsheet: a dry run reports every row's problems and
 * changes nothing; an import applies all rows in one transaction, or, if any
 * row has a problem, none. Each milestone created is audited like any other.
 */
@Injectable()
export class MilestoneImportService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(MilestoneRepository) private readonly milestones: MilestoneRepository,
    @Inject(ImportReader) private readonly reader: ImportReader,
  ) {}

  async import(actor: Actor, content: Buffer, actionPlanId: unknown, dryRun: boolean): Promise<ImportFindings> {
    if (!isUuid(actionPlanId)) throw new InvalidQueryException('actionPlanId', { key: 'requiredUuid' });
    const context = await this.context(actionPlanId);
    if (!context) throw new InvalidQueryException('actionPlanId', { key: 'namesNoActionPlan' });
    let checked: CheckedRow[];
    try {
      checked = await checkImportRows(await this.reader.read(content), context);
    } catch (error) {
      if (error instanceof ImportFileError) throw new InvalidInputException({ file: error.said });
      throw error;
    }
    const invalid = checked.filter((row) => row.milestone === null);
    const report: ImportFindings = {
      dryRun,
      total: checked.length,
      valid: checked.length - invalid.length,
      invalid: invalid.length,
      created: 0,
      rows: checked.map(({ row, code, errors }) => ({ row, code, errors })),
    };
    if (checked.length === 0) throw new InvalidInputException({ file: { key: 'noMilestoneRows' } });
    if (dryRun) return report;
    if (invalid.length > 0) {
      const errors = Object.fromEntries(
        invalid
          .flatMap(({ row, errors: rowErrors }) =>
            Object.entries(rowErrors).map(([column, reason]) => [`row ${row}.${column}`, reason]),
          )
          .slice(0, ERRORS_IN_REFUSAL),
      );
      throw new InvalidInputException(errors, {
        key: 'rowsHaveErrors',
        invalid: invalid.length,
        total: checked.length,
      });
    }
    report.created = await this.db.transaction(async (tx) => {
      const codesByObjective = new Map<string, string[]>();
      const objectiveCodes = new Map([...context.objectives].map(([code, id]) => [id, code]));
      for (const { milestone } of checked) {
        const { supportingOrganisationIds = [], ...values } = milestone!;
        let codes = codesByObjective.get(values.objectiveId);
        if (!codes) {
          codes = await this.milestones.codesUnder(values.objectiveId, tx);
          codesByObjective.set(values.objectiveId, codes);
        }
        const code = values.code ?? nextChildCode(objectiveCodes.get(values.objectiveId)!, 'M', codes);
        codes.push(code);
        await this.milestones.createIn(actor, tx, { ...values, code }, (inner, id) =>
          this.milestones.replaceSupportingOrganisations(inner, id, supportingOrganisationIds),
        );
      }
      return checked.length;
    });
    return report;
  }

  /** What the rows are checked against: the plan's objectives and milestone codes, every organisation. */
  private async context(actionPlanId: string): Promise<ImportContext | null> {
    const [plan] = await this.db.query('SELECT id FROM action_plans WHERE id = $1', [actionPlanId]);
    if (!plan) return null;
    const [objectives, organisations, codes] = await Promise.all([
      this.db.query<{ code: string; id: string }>(
        `SELECT o.code, o.id FROM objectives o JOIN priorities p ON p.id = o.priority_id WHERE p.action_plan_id = $1`,
        [actionPlanId],
      ),
      this.db.query<{ short_code: string; id: string }>('SELECT short_code, id FROM organisations'),
      this.db.query<{ code: string }>(
        `SELECT m.code FROM milestones m JOIN objectives o ON o.id = m.objective_id
         JOIN priorities p ON p.id = o.priority_id WHERE p.action_plan_id = $1`,
        [actionPlanId],
      ),
    ]);
    return {
      objectives: new Map(objectives.map((o) => [o.code, o.id])),
      organisations: new Map(organisations.map((o) => [o.short_code, o.id])),
      existingCodes: new Set(codes.map((c) => c.code)),
    };
  }

  async template(format: unknown): Promise<{ body: Buffer; contentType: string; fileName: string }> {
    const rows = importTemplateRows();
    if (format === 'csv') {
      return {
        body: csvWithBom(rows),
        contentType: 'text/csv; charset=utf-8',
        fileName: 'milestones-import-template.csv',
      };
    }
    if (format !== 'xlsx')
      throw new InvalidQueryException('format', { key: 'mustBeEither', first: 'csv', second: 'xlsx' });
    const book = new (await import('exceljs')).default.Workbook();
    const sheet = book.addWorksheet('milestones', { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    rows[0].forEach((name, index) => {
      sheet.getColumn(index + 1).width = Math.max(14, name.length + 2);
    });
    return {
      body: Buffer.from(await book.xlsx.writeBuffer()),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: 'milestones-import-template.xlsx',
    };
  }
}
