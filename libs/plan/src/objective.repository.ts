import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, searchVector, type SqlRunner, entityTable } from '#database';
import { objectiveProgressSql, roundedSql } from './roll-up.policy.js';
import type { ObjectiveRecord } from './plan.dto.js';
import { Objective } from './objective.entity.js';

/** The objectives table, as its entity describes it. */
const OBJECTIVES = entityTable(Objective);

@Injectable()
export class ObjectiveRepository extends CrudRepository<ObjectiveRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'objectives',
      label: 'objective',
      table: OBJECTIVES.table,
      columns: OBJECTIVES.columns,
    });
  }

  /** Codes and next position under a priority, for code generation. */
  async siblings(priorityId: string, runner: SqlRunner = this.db): Promise<{ codes: string[]; nextPosition: number }> {
    const rows = await runner.query<{ code: string; position: number }>(
      'SELECT code, position FROM objectives WHERE priority_id = $1',
      [priorityId],
    );
    return {
      codes: rows.map((row) => row.code),
      nextPosition: rows.reduce((max, row) => Math.max(max, row.position), 0) + 1,
    };
  }

  listSpec(): ListSpec {
    const progress = roundedSql(objectiveProgressSql('o.id'));
    return {
      resource: 'objectives',
      from: 'objectives o JOIN priorities p ON p.id = o.priority_id',
      idSql: 'o.id',
      select: `${OBJECTIVES.select('o')}, p.action_plan_id AS "actionPlanId", ${progress} AS "progress"`,
      fields: {
        ...recordFields('o'),
        priorityId: { sql: 'o.priority_id', type: 'uuid', sortable: true, orderBy: { sql: 'p.code' } },
        actionPlanId: { sql: 'p.action_plan_id', type: 'uuid', sortable: false },
        position: { sql: 'o.position', type: 'integer', sortable: true },
        code: { sql: 'o.code', type: 'text', sortable: true },
        title: { sql: `(o.title->>'en')`, type: 'text', sortable: true, filterable: false },
        progress: { sql: progress, type: 'integer', sortable: true, filterable: false, nullable: true },
      },
      searchVector: searchVector('o'),
      defaultSort: { field: 'code', order: 'ASC' },
    };
  }
}
