import type { ImportReport } from '#contracts';
import type { ServerMessage } from '#i18n';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, csvWithBom, InvalidInputException, InvalidQueryException } from '#kernel';
import { appendAuditEvent } from '#audit';
import { Database, isUuid } from '#database';
import { ImportReader } from './import-reader.js';
import { nextChildCode } from '../code.policy.js';
import { MilestoneRepository } from '../milestone.repository.js';
import { MilestoneService } from '../milestone.service.js';
import type { MilestoneRecord } from '../plan.dto.js';
import {
  checkImportRows,
  ImportFileError,
  importTemplateRows,
  type CheckedRow,
  type ImportContext,
  type ImportRow,
} from './milestone-import.js';

/** At most this many row errors are named in a refused import's 400 (the dry run lists them all). */
const ERRORS_IN_REFUSAL = 200;
/** Codes looked up per list call (a list filter takes at most 1,000 values). */
const FILTER_CHUNK = 1000;

/**
 * The import's report as it means it: each row's problems as catalogue messages, which the HTTP edge writes in
 * the reader's language (ImportReport).
 */
export interface ImportFindings extends Omit<ImportReport, 'rows'> {
  rows: Array<Omit<ImportReport['rows'][number], 'errors'> & { errors: Record<string, ServerMessage> }>;
}

/**
 * Milestones from a spreadsheet: a row whose code the plan has changes that milestone (an export edited and
 * sent back), any other creates one. A dry run reports, row by row, the problems and the changes, and changes
 * nothing; an import applies all rows in one transaction, or, if any row has a problem, none. Each milestone
 * created or changed is audited like any other, and the import itself once, with what it did.
 */
@Injectable()
export class MilestoneImportService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(MilestoneRepository) private readonly milestones: MilestoneRepository,
    @Inject(MilestoneService) private readonly milestoneService: MilestoneService,
    @Inject(ImportReader) private readonly reader: ImportReader,
  ) {}

  async import(actor: Actor, content: Buffer, actionPlanId: unknown, dryRun: boolean): Promise<ImportFindings> {
    if (!isUuid(actionPlanId)) throw new InvalidQueryException('actionPlanId', { key: 'requiredUuid' });
    const [plan] = await this.db.query<{ code: string }>('SELECT code FROM action_plans WHERE id = $1', [actionPlanId]);
    if (!plan) throw new InvalidQueryException('actionPlanId', { key: 'namesNoActionPlan' });
    let checked: CheckedRow[];
    let context: ImportContext;
    try {
      const rows = await this.reader.read(content);
      context = await this.context(actor, actionPlanId, rows);
      checked = await checkImportRows(rows, context);
    } catch (error) {
      if (error instanceof ImportFileError) throw new InvalidInputException({ file: error.said });
      throw error;
    }
    const invalid = checked.filter((row) => Object.keys(row.errors).length > 0);
    const report: ImportFindings = {
      dryRun,
      total: checked.length,
      valid: checked.length - invalid.length,
      invalid: invalid.length,
      created: 0,
      updated: 0,
      rows: checked.map(({ row, code, errors, action, changes }) => ({ row, code, errors, action, changes })),
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
    await this.db.transaction(async (tx) => {
      const codesByObjective = new Map<string, string[]>();
      const objectives = new Map([...context.objectives].map(([code, id]) => [id, code]));
      for (const { update } of checked) {
        if (!update) continue;
        // Through the milestone's own rules (cross-field checks, reassignment notices), in this transaction.
        await this.milestoneService.updateIn(actor, tx, update.id, update.values, update.version);
        report.updated += 1;
      }
      for (const { milestone } of checked) {
        if (!milestone) continue;
        const { supportingOrganisationIds = [], ...values } = milestone;
        let codes = codesByObjective.get(values.objectiveId);
        if (!codes) {
          codes = await this.milestones.codesUnder(values.objectiveId, tx);
          codesByObjective.set(values.objectiveId, codes);
        }
        const code = values.code ?? nextChildCode(objectives.get(values.objectiveId)!, 'M', codes);
        codes.push(code);
        await this.milestones.createIn(actor, tx, { ...values, code }, (inner, id) =>
          this.milestones.replaceSupportingOrganisations(inner, id, supportingOrganisationIds),
        );
        report.created += 1;
      }
      // The import as one event of the plan's history: what it created and changed, by code.
      await appendAuditEvent(tx, actor, {
        action: 'import',
        entityType: 'action-plans',
        entityId: actionPlanId,
        before: null,
        after: {
          code: plan.code,
          created: checked.filter((row) => row.milestone).map((row) => row.code),
          updated: checked.filter((row) => row.update).map((row) => row.code),
          rows: checked.length,
        },
      });
    });
    return report;
  }

  /**
   * What the rows are checked against: the plan's objectives and milestone codes, every organisation, and the
   * plan's milestones the file names by code (read as the list reads them, status shown included).
   */
  private async context(actor: Actor, actionPlanId: string, rows: ImportRow[]): Promise<ImportContext> {
    const named = [...new Set(rows.map((row) => String(row.code ?? '').trim()).filter(Boolean))];
    const existing = new Map<string, MilestoneRecord>();
    for (let start = 0; start < named.length; start += FILTER_CHUNK) {
      const page = await this.milestoneService.list(actor, {
        filter: { actionPlanId, code: named.slice(start, start + FILTER_CHUNK) },
        sort: null,
        range: { start: 0, end: FILTER_CHUNK - 1 },
      });
      for (const milestone of page.rows) existing.set(milestone.code, milestone);
    }
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
      existing,
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
