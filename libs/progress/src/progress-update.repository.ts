import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../config/src/clock.js';
import { CrudRepository } from '../../database/src/crud.repository.js';
import { Database } from '../../database/src/database.js';
import { recordFields, recordSelect, type ListSpec } from '../../database/src/list-sql.js';
import { prefixQuery } from '../../database/src/search.sql.js';
import { MILESTONE_STATUSES } from '../../plan/src/milestone-status.policy.js';
import { PROGRESS_UPDATE_STATES } from './progress-update.entity.js';
import type { ProgressUpdateRecord } from './progress-update.dto.js';

@Injectable()
export class ProgressUpdateRepository extends CrudRepository<ProgressUpdateRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'progress-updates',
      label: 'progress update',
      table: 'progress_updates',
      columns: {
        milestoneId: { column: 'milestone_id' },
        progress: { column: 'progress' },
        status: { column: 'status' },
        narrative: { column: 'narrative', json: true },
        evidence: { column: 'evidence', json: true },
        submittedById: { column: 'submitted_by_id' },
      },
    });
  }

  protected listSpec(): ListSpec {
    return {
      resource: 'progress-updates',
      from: 'progress_updates pu JOIN milestones m ON m.id = pu.milestone_id',
      idSql: 'pu.id',
      select: `${recordSelect('pu')}, pu.milestone_id AS "milestoneId", pu.progress AS "progress", pu.status AS "status",
        pu.narrative AS "narrative", pu.evidence AS "evidence", pu.state AS "state",
        pu.submitted_by_id AS "submittedById", pu.reviewed_by_id AS "reviewedById", pu.reviewed_at AS "reviewedAt",
        pu.review_comment AS "reviewComment", m.lead_organisation_id AS "organisationId"`,
      fields: {
        ...recordFields('pu'),
        milestoneId: { sql: 'pu.milestone_id', type: 'uuid', sortable: true },
        organisationId: { sql: 'm.lead_organisation_id', type: 'uuid', sortable: false },
        progress: { sql: 'pu.progress', type: 'integer', sortable: false, filterable: false },
        status: { sql: 'pu.status', type: 'text', values: MILESTONE_STATUSES, sortable: true },
        state: { sql: 'pu.state', type: 'text', values: PROGRESS_UPDATE_STATES, sortable: true },
        submittedById: { sql: 'pu.submitted_by_id', type: 'uuid', sortable: false },
        reviewedById: { sql: 'pu.reviewed_by_id', type: 'uuid', sortable: false },
        reviewedAt: { sql: 'pu.reviewed_at', type: 'timestamp', sortable: true },
      },
      customFilters: {
        q: (value, params) => {
          const query = typeof value === 'string' ? prefixQuery(value) : null;
          if (query === null) return 'FALSE';
          return `jsonb_to_tsvector('simple'::regconfig, pu.narrative, '["string"]') @@ to_tsquery('simple'::regconfig, ${params.add(query)})`;
        },
      },
      defaultSort: { field: 'createdAt', order: 'DESC' },
    };
  }
}
