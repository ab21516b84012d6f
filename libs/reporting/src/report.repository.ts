import { changedMilestoneCount } from '#contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { Locale, Translatable } from '#i18n';
import {
  approvedBySecondPerson,
  effectiveStatusSql,
  LEAD_ORGANISATION_JSON,
  objectiveProgressSql,
  planProgressSql,
  priorityProgressSql,
  roundedSql,
  supportingOrganisationsJson,
} from '#plan';
import { type Actor, calendarDate } from '#kernel';
import { appendAuditEvent, CrudRepository } from '#audit';
import { APP_CONFIG, type AppConfig, Clock } from '#config';
import { Database, type ListSpec, recordFields, searchVector, type SqlRunner, entityTable } from '#database';
import { newReportTitles } from './report-title.policy.js';
import { compareSnapshots } from './report-changes.policy.js';
import type { ReportRecord } from './report.dto.js';
import type { SnapshotContent, SnapshotMilestone, SnapshotPlan } from './snapshot.js';
import { Report } from './report.entity.js';

/** The reports table, as its entity describes it. */
const REPORTS = entityTable(Report);

const utc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Every milestone of the plan ($1) as shown at $2, with its organisations, reports and verification. */
const MILESTONES_SQL = `
  SELECT m.id, o.id AS "objectiveId", m.code, m.title, m.start_date::text AS "startDate", m.due_date::text AS "dueDate",
    ${effectiveStatusSql('m.status', 'm.due_date', 'ap.time_zone', '$2')} AS status, m.progress, m.visibility,
    ${LEAD_ORGANISATION_JSON} AS lead, ${supportingOrganisationsJson('m.id')} AS supporting,
    (SELECT json_build_object('progress', r.progress, 'status', r.status, 'state', r.state, 'at', ${utc('r.submitted_at')},
        'by', ro.short_code, 'enteredByStaff', r.entered_by_role <> 'partner', 'narrative', r.narrative)
      FROM progress_updates r JOIN organisations ro ON ro.id = r.organisation_id
      WHERE r.milestone_id = m.id AND r.state <> 'rejected' ORDER BY r.submitted_at DESC, r.id LIMIT 1) AS "selfReported",
    (SELECT json_build_object('progress', v.progress, 'status', v.status, 'at', ${utc('v.reviewed_at')}, 'by', u.name,
        'enteredByStaff', v.entered_by_role <> 'partner')
      FROM progress_updates v LEFT JOIN users u ON u.id = v.reviewed_by_id
      WHERE v.milestone_id = m.id AND v.state = 'approved' AND ${approvedBySecondPerson('v')} ORDER BY v.reviewed_at DESC, v.id LIMIT 1) AS verified
  FROM milestones m JOIN objectives o ON o.id = m.objective_id JOIN priorities p ON p.id = o.priority_id
  JOIN action_plans ap ON ap.id = p.action_plan_id JOIN organisations lo ON lo.id = m.lead_organisation_id
  WHERE p.action_plan_id = $1
  ORDER BY p.position, o.position, length(m.code), m.code`;

const OBJECTIVES_SQL = `
  SELECT p.id AS "priorityId", p.code AS "priorityCode", p.title AS "priorityTitle",
    ${roundedSql(priorityProgressSql('p.id'))}::float AS "priorityProgress",
    o.id, o.code, o.title, ${roundedSql(objectiveProgressSql('o.id'))}::float AS progress
  FROM priorities p LEFT JOIN objectives o ON o.priority_id = p.id
  WHERE p.action_plan_id = $1 ORDER BY p.position, o.position`;

type MilestoneRow = Omit<SnapshotMilestone, 'narrative' | 'selfReported'> & {
  objectiveId: string;
  selfReported: (SnapshotMilestone['selfReported'] & { narrative: Translatable | null }) | null;
};

export interface NewReport {
  actionPlanId: string;
  /** As the author gave them: the languages left out get their default. */
  title: Partial<Record<Locale, string>> | undefined;
  periodFrom: string | null;
  periodTo: string | null;
}

export interface StoredFileKey {
  reportId: string;
  format: string;
  locale: string;
  reportVersion: number;
  renderer: string;
}

/**
 * Reports: made once from the plan as it is (in one transaction, one report
 * at a time per plan, so "the previous report" is never ambiguous), then
 * read as stored.
 */
@Injectable()
export class ReportRepository extends CrudRepository<ReportRecord> {
  constructor(
    @Inject(Database) db: Database,
    @Inject(Clock) clock: Clock,
    // A snapshot reads the whole plan in one transaction: it may take longer than one API read.
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(db, clock, { resource: 'reports', label: 'report', table: REPORTS.table, columns: REPORTS.columns });
  }

  listSpec(): ListSpec {
    return {
      resource: 'reports',
      from: 'reports r JOIN action_plans ap ON ap.id = r.action_plan_id LEFT JOIN users u ON u.id = r.author_id',
      idSql: 'r.id',
      select: `${REPORTS.select('r', ['content'])}, ap.code AS "actionPlanCode", u.name AS "authorName"`,
      fields: {
        ...recordFields('r'),
        actionPlanId: { sql: 'r.action_plan_id', type: 'uuid', sortable: false },
        title: { sql: `(r.title->>'en')`, type: 'text', sortable: true, filterable: false },
        periodTo: { sql: 'r.period_to', type: 'date', sortable: true, nullable: true },
        authorId: { sql: 'r.author_id', type: 'uuid', sortable: false },
        takenAt: { sql: 'r.taken_at', type: 'timestamp', sortable: true },
      },
      searchVector: searchVector('r'),
      defaultSort: { field: 'takenAt', order: 'DESC' },
    };
  }

  /** The frozen plan of a report. */
  /** The report laid out in `format` and `locale`, if it was made for this version of it and of the renderers. */
  async storedFile(key: StoredFileKey): Promise<{ fileName: string; content: Buffer } | null> {
    const [row] = await this.db.query<{ fileName: string; content: Buffer }>(
      `SELECT file_name AS "fileName", content FROM report_files
        WHERE report_id = $1 AND format = $2 AND locale = $3 AND report_version = $4 AND renderer = $5`,
      [key.reportId, key.format, key.locale, key.reportVersion, key.renderer],
    );
    return row ?? null;
  }

  /** Keeps a laid-out file, replacing one made for an older version of the report or of the renderers. */
  async keepFile(key: StoredFileKey, file: { fileName: string; content: Buffer }): Promise<void> {
    await this.db.query(
      `INSERT INTO report_files (report_id, format, locale, report_version, renderer, file_name, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (report_id, format, locale) DO UPDATE
         SET report_version = EXCLUDED.report_version, renderer = EXCLUDED.renderer,
             file_name = EXCLUDED.file_name, content = EXCLUDED.content, created_at = now()
         WHERE report_files.report_version < EXCLUDED.report_version OR report_files.renderer <> EXCLUDED.renderer`,
      [key.reportId, key.format, key.locale, key.reportVersion, key.renderer, file.fileName, file.content],
    );
  }

  async content(id: string): Promise<SnapshotContent | null> {
    const [row] = await this.db.query<{ content: SnapshotContent }>('SELECT content FROM reports WHERE id = $1', [id]);
    return row?.content ?? null;
  }

  async createSnapshot(actor: Actor, input: NewReport): Promise<ReportRecord | null> {
    return this.db.transaction(
      async (tx) => {
        const [plan] = await tx.query<Omit<SnapshotPlan, 'progress'> & { progress: number | null }>(
          `SELECT ap.id, ap.code, ap.title, ap.opinion_reference AS "opinionReference", ap.adopted_at::text AS "adoptedAt",
           ap.time_zone AS "timeZone", ap.opinion, ${roundedSql(planProgressSql('ap.id'))}::float AS progress
         FROM action_plans ap WHERE ap.id = $1 FOR UPDATE`,
          [input.actionPlanId],
        );
        if (!plan) return null;
        const takenAt = this.clock.now();
        const content = await this.snapshot(tx, plan, takenAt);
        const [previous] = await tx.query<{ id: string; content: SnapshotContent }>(
          `SELECT id, content FROM reports WHERE action_plan_id = $1 ORDER BY taken_at DESC, created_at DESC LIMIT 1`,
          [plan.id],
        );
        const changes = compareSnapshots(content, previous ?? null);
        const id = await this.insertRow(tx, {
          ...input,
          title: newReportTitles(input.title, content.asOf),
          authorId: actor.userId,
          previousReportId: previous?.id ?? null,
          takenAt,
          milestoneCount: content.priorities.reduce(
            (sum, p) => sum + p.objectives.reduce((n, o) => n + o.milestones.length, 0),
            0,
          ),
          content,
          changes,
        });
        const after = await this.get(id, tx);
        await appendAuditEvent(tx, actor, {
          action: 'create',
          entityType: 'reports',
          entityId: id,
          before: null,
          // The frozen plan is in the report itself; the trail keeps what identifies it.
          after: { ...after, changes: { count: changedMilestoneCount(changes) } },
        });
        return after;
      },
      { statementTimeoutMs: this.config.database.reportStatementTimeoutMs },
    );
  }

  private async snapshot(tx: SqlRunner, plan: SnapshotPlan, takenAt: Date): Promise<SnapshotContent> {
    const [objectives, milestones] = await Promise.all([
      tx.query<{
        priorityId: string;
        priorityCode: string;
        priorityTitle: Translatable;
        priorityProgress: number | null;
        id: string | null;
        code: string;
        title: Translatable;
        progress: number | null;
      }>(OBJECTIVES_SQL, [plan.id]),
      tx.query<MilestoneRow>(MILESTONES_SQL, [plan.id, takenAt]),
    ]);
    const byObjective = new Map<string, SnapshotMilestone[]>();
    for (const { objectiveId, selfReported, ...milestone } of milestones) {
      const list = byObjective.get(objectiveId) ?? [];
      const { narrative = null, ...reported } = selfReported ?? { narrative: null };
      list.push({
        ...milestone,
        selfReported: selfReported ? (reported as SnapshotMilestone['selfReported']) : null,
        narrative,
      });
      byObjective.set(objectiveId, list);
    }
    const priorities: SnapshotContent['priorities'] = [];
    for (const row of objectives) {
      let priority = priorities.at(-1);
      if (priority?.id !== row.priorityId) {
        priority = {
          id: row.priorityId,
          code: row.priorityCode,
          title: row.priorityTitle,
          progress: row.priorityProgress,
          objectives: [],
        };
        priorities.push(priority);
      }
      if (row.id === null) continue;
      priority.objectives.push({
        id: row.id,
        code: row.code,
        title: row.title,
        progress: row.progress,
        milestones: byObjective.get(row.id) ?? [],
      });
    }
    return {
      takenAt: takenAt.toISOString(),
      asOf: calendarDate(takenAt, plan.timeZone),
      plan,
      priorities,
    };
  }
}
