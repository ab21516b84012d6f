import { Inject, Injectable } from '@nestjs/common';
import { MILESTONE_STATUSES, type MilestoneStatus, VISIBILITIES } from '#contracts';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import {
  Database,
  type FieldSpec,
  filterValue,
  type ListSpec,
  MAX_FILTER_VALUES,
  recordFields,
  searchVector,
  type SqlParams,
  type SqlRunner,
  timestampLiteral,
  tooManyFilterValues,
  translateWriteError,
  entityTable,
} from '#database';
import { effectiveStatusInSql, effectiveStatusSql } from './milestone-status.policy.js';
import type { MilestoneRecord } from './plan.dto.js';
import { approvedBySecondPerson } from './verified-progress.sql.js';
import { Milestone } from './milestone.entity.js';

/** The milestones table, as its entity describes it. */
const MILESTONES = entityTable(Milestone);

const ORGANISATION: FieldSpec = { sql: '', type: 'uuid' };

const utc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The latest self-reported figures, whatever their review state. */
const LAST_REPORT = `(SELECT json_build_object('progressUpdateId', r.id, 'progress', r.progress, 'status', r.status,
  'state', r.state, 'organisationId', r.organisation_id, 'submittedById', r.submitted_by_id,
  'enteredByStaff', r.entered_by_role <> 'partner', 'submittedAt', ${utc('r.submitted_at')})
  FROM progress_updates r WHERE r.milestone_id = m.id ORDER BY r.submitted_at DESC, r.id LIMIT 1)`;

/** The latest figures staff verified (approved by a second person), with who and when. */
const LAST_VERIFICATION = `(SELECT json_build_object('progressUpdateId', v.id, 'progress', v.progress, 'status', v.status,
  'organisationId', v.organisation_id, 'reviewedById', v.reviewed_by_id, 'reviewedAt', ${utc('v.reviewed_at')},
  'enteredByStaff', v.entered_by_role <> 'partner')
  FROM progress_updates v WHERE v.milestone_id = m.id AND v.state = 'approved' AND ${approvedBySecondPerson('v')}
  ORDER BY v.reviewed_at DESC, v.id LIMIT 1)`;

/** `{"organisationId": id}` matches milestones the organisation leads or supports (one id or a list). */
function organisationFilter(column: 'lead' | 'supporting' | 'either') {
  return (value: unknown, params: SqlParams, name: string): string => {
    const ids = (Array.isArray(value) ? value : [value]).map((id) => filterValue(name, ORGANISATION, id));
    if (ids.length > MAX_FILTER_VALUES) throw tooManyFilterValues(name);
    const ref = `${params.add(ids)}::uuid[]`;
    const supporting = `EXISTS (SELECT 1 FROM milestone_supporting_organisations s WHERE s.milestone_id = m.id AND s.organisation_id = ANY(${ref}))`;
    if (column === 'supporting') return supporting;
    const lead = `m.lead_organisation_id = ANY(${ref})`;
    return column === 'lead' ? lead : `(${lead} OR ${supporting})`;
  };
}

@Injectable()
export class MilestoneRepository extends CrudRepository<MilestoneRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'milestones',
      label: 'milestone',
      table: MILESTONES.table,
      columns: MILESTONES.columns,
    });
  }

  /** Compare-and-set of the verified figures onto the milestone; false when it is no longer at `expectedVersion`. */
  async applyVerifiedProgress(
    runner: SqlRunner,
    id: string,
    expectedVersion: number,
    { progress, status }: { progress: number; status: string },
  ): Promise<boolean> {
    const rows = await runner.query<{ id: string }>(
      `UPDATE milestones SET progress = $3, status = $4, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2 RETURNING id`,
      [id, expectedVersion, progress, status],
    );
    return rows.length === 1;
  }

  /** Codes used under an objective, for code generation. */
  async codesUnder(objectiveId: string, runner: SqlRunner = this.db): Promise<string[]> {
    const rows = await runner.query<{ code: string }>('SELECT code FROM milestones WHERE objective_id = $1', [
      objectiveId,
    ]);
    return rows.map((row) => row.code);
  }

  async replaceSupportingOrganisations(
    runner: SqlRunner,
    milestoneId: string,
    organisationIds: readonly string[],
  ): Promise<void> {
    await runner.query('DELETE FROM milestone_supporting_organisations WHERE milestone_id = $1', [milestoneId]);
    if (organisationIds.length === 0) return;
    await runner
      .query(
        `INSERT INTO milestone_supporting_organisations (milestone_id, organisation_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [milestoneId, organisationIds],
      )
      .catch((error: unknown) => translateWriteError(error, 'milestone', 'write'));
  }

  /** Which of `ids` name no organisation. */
  async unknownOrganisations(ids: readonly string[], runner: SqlRunner = this.db): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await runner.query<{ id: string }>(
      'SELECT x.id::text AS id FROM unnest($1::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = x.id)',
      [ids],
    );
    return rows.map((row) => row.id);
  }

  listSpec(now: Date): ListSpec {
    const status = effectiveStatusSql('m.status', 'm.due_date', 'ap.time_zone', timestampLiteral(now));
    return {
      resource: 'milestones',
      from: `milestones m JOIN objectives o ON o.id = m.objective_id JOIN priorities p ON p.id = o.priority_id
        JOIN action_plans ap ON ap.id = p.action_plan_id`,
      idSql: 'm.id',
      // The stored status is the recorded one; "status" is the one shown, derived from the due date.
      select: `${MILESTONES.select('m', ['status'])}, o.priority_id AS "priorityId", p.action_plan_id AS "actionPlanId",
        ${status} AS "status", m.status AS "recordedStatus",
        ARRAY(SELECT s.organisation_id::text FROM milestone_supporting_organisations s
              WHERE s.milestone_id = m.id ORDER BY s.organisation_id) AS "supportingOrganisationIds",
        ap.time_zone AS "timeZone",
        ${LAST_REPORT} AS "lastReport", ${LAST_VERIFICATION} AS "lastVerification"`,
      fields: {
        ...recordFields('m'),
        objectiveId: { sql: 'm.objective_id', type: 'uuid', sortable: true, orderBy: { sql: 'o.code' } },
        priorityId: { sql: 'o.priority_id', type: 'uuid', sortable: false },
        actionPlanId: { sql: 'p.action_plan_id', type: 'uuid', sortable: false },
        code: { sql: 'm.code', type: 'text', sortable: true },
        title: { sql: `(m.title->>'en')`, type: 'text', sortable: true, filterable: false },
        startDate: { sql: 'm.start_date', type: 'date', sortable: true, nullable: true },
        dueDate: { sql: 'm.due_date', type: 'date', sortable: true },
        status: {
          sql: status,
          type: 'text',
          values: MILESTONE_STATUSES,
          sortable: true,
          oneOf: (values) =>
            effectiveStatusInSql(values as MilestoneStatus[], 'm.status', 'm.due_date', 'ap.time_zone', now),
        },
        recordedStatus: { sql: 'm.status', type: 'text', values: MILESTONE_STATUSES, sortable: false },
        progress: { sql: 'm.progress', type: 'integer', sortable: true },
        leadOrganisationId: {
          sql: 'm.lead_organisation_id',
          type: 'uuid',
          sortable: true,
          orderBy: { sql: 'lead.short_code', join: 'JOIN organisations lead ON lead.id = m.lead_organisation_id' },
        },
        visibility: { sql: 'm.visibility', type: 'text', values: VISIBILITIES, sortable: true },
      },
      customFilters: {
        supportingOrganisationIds: organisationFilter('supporting'),
        organisationId: organisationFilter('either'),
      },
      searchVector: searchVector('m'),
      defaultSort: { field: 'dueDate', order: 'ASC' },
    };
  }
}
