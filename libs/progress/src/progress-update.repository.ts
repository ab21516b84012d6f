import { Inject, Injectable } from '@nestjs/common';
import { MILESTONE_STATUSES, PROGRESS_UPDATE_STATES, type ProgressUpdateState } from '#contracts';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import {
  Database,
  type ListSpec,
  prefixQuery,
  recordFields,
  searchVector,
  type SqlRunner,
  entityTable,
} from '#database';
import type { ProgressUpdateRecord } from './progress-update.dto.js';
import { ProgressUpdate } from './progress-update.entity.js';

/** The progress updates table, as its entity describes it. */
const PROGRESS_UPDATES = entityTable(ProgressUpdate);

const ENTERED_BY_ROLES = ['partner', 'staff', 'admin'] as const;

export interface Transition {
  from: readonly ProgressUpdateState[];
  to: ProgressUpdateState;
  reviewerId?: string | null;
  comment?: string | null;
  /** On resubmission: the milestone version the update now refers to. */
  milestoneVersion?: number;
  expectedVersion?: number;
}

@Injectable()
export class ProgressUpdateRepository extends CrudRepository<ProgressUpdateRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'progress-updates',
      label: 'progress update',
      table: PROGRESS_UPDATES.table,
      columns: PROGRESS_UPDATES.columns,
    });
  }

  /**
   * Moves an update from one of `from` to `to` in one statement; null when it
   * was not in such a state (or not at `expectedVersion`). Concurrent reviews
   * of the same update serialise on its row: one wins, the others see null.
   */
  async transition(tx: SqlRunner, id: string, change: Transition): Promise<{ id: string } | null> {
    const reviewing = change.to !== 'submitted';
    // Business times come from the clock, so that a simulated date (SIMULATED_NOW) dates reports consistently.
    const params: unknown[] = [id, change.from, change.to, this.clock.now()];
    const sets = ['state = $3', 'version = version + 1', 'updated_at = now()'];
    if (reviewing) {
      params.push(change.reviewerId ?? null, change.comment ?? null);
      sets.push(`reviewed_by_id = $${params.length - 1}`, 'reviewed_at = $4', `review_comment = $${params.length}`);
    } else {
      params.push(change.milestoneVersion);
      sets.push(`milestone_version = $${params.length}`, 'submitted_at = $4');
    }
    let versionCheck = '';
    if (change.expectedVersion !== undefined) {
      params.push(change.expectedVersion);
      versionCheck = ` AND version = $${params.length}`;
    }
    const rows = await tx.query<{ id: string }>(
      `UPDATE progress_updates SET ${sets.join(', ')} WHERE id = $1 AND state = ANY($2::text[])${versionCheck} RETURNING id`,
      params,
    );
    return rows[0] ?? null;
  }

  /**
   * Records that `revisedById` changed what the update holds outside a PUT (an evidence file added or
   * removed): a new version, so that a review of the earlier one no longer applies. False when it is no longer
   * open to changes (reviewed meanwhile).
   */
  async markRevised(tx: SqlRunner, id: string, revisedById: string | null): Promise<boolean> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE progress_updates SET revised_by_id = $2, revised_at = $3, version = version + 1, updated_at = now()
       WHERE id = $1 AND state IN ('submitted', 'returned') RETURNING id`,
      [id, revisedById, this.clock.now()],
    );
    return rows.length === 1;
  }

  listSpec(): ListSpec {
    return {
      resource: 'progress-updates',
      from: `progress_updates pu JOIN milestones m ON m.id = pu.milestone_id JOIN objectives o ON o.id = m.objective_id
        JOIN priorities p ON p.id = o.priority_id`,
      idSql: 'pu.id',
      select: `${PROGRESS_UPDATES.select('pu')}, m.code AS "milestoneCode", o.priority_id AS "priorityId",
        (pu.entered_by_role <> 'partner') AS "enteredByStaff",
        coalesce((SELECT json_agg(json_build_object('id', f.id, 'fileName', f.file_name, 'contentType', f.content_type,
          'sizeBytes', f.size_bytes) ORDER BY f.created_at) FROM evidence_files f WHERE f.progress_update_id = pu.id), '[]')
          AS "evidenceFiles"`,
      fields: {
        ...recordFields('pu'),
        milestoneId: { sql: 'pu.milestone_id', type: 'uuid', sortable: true, orderBy: { sql: 'm.code' } },
        organisationId: {
          sql: 'pu.organisation_id',
          type: 'uuid',
          sortable: true,
          orderBy: { sql: 'org.short_code', join: 'JOIN organisations org ON org.id = pu.organisation_id' },
        },
        leadOrganisationId: { sql: 'm.lead_organisation_id', type: 'uuid', sortable: false },
        priorityId: { sql: 'o.priority_id', type: 'uuid', sortable: false },
        actionPlanId: { sql: 'p.action_plan_id', type: 'uuid', sortable: false },
        progress: { sql: 'pu.progress', type: 'integer', sortable: false, filterable: false },
        status: { sql: 'pu.status', type: 'text', values: MILESTONE_STATUSES, sortable: true },
        state: { sql: 'pu.state', type: 'text', values: PROGRESS_UPDATE_STATES, sortable: true },
        submittedById: { sql: 'pu.submitted_by_id', type: 'uuid', sortable: false },
        enteredByRole: { sql: 'pu.entered_by_role', type: 'text', values: ENTERED_BY_ROLES, sortable: false },
        submittedAt: { sql: 'pu.submitted_at', type: 'timestamp', sortable: true },
        reviewedById: { sql: 'pu.reviewed_by_id', type: 'uuid', sortable: false },
        reviewedAt: { sql: 'pu.reviewed_at', type: 'timestamp', sortable: true, nullable: true },
      },
      customFilters: {
        q: (value, params) => {
          const query = typeof value === 'string' ? prefixQuery(value) : null;
          if (query === null) return 'FALSE';
          return `${searchVector('pu')} @@ to_tsquery('simple'::regconfig, ${params.add(query)})`;
        },
      },
      defaultSort: { field: 'submittedAt', order: 'DESC' },
    };
  }

  /** When the organisation's reports on the milestone since `since` were sent, the newest first (locks the pair). */
  async submittedSince(tx: SqlRunner, milestoneId: string, organisationId: string, since: Date): Promise<Date[]> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 587))`, [
      milestoneId,
      organisationId,
    ]);
    const rows = await tx.query<{ at: Date }>(
      `SELECT submitted_at AS at FROM progress_updates
        WHERE milestone_id = $1 AND organisation_id = $2 AND submitted_at > $3 ORDER BY submitted_at DESC`,
      [milestoneId, organisationId, since],
    );
    return rows.map((row) => row.at);
  }
}
