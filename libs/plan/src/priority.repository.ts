import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, recordSelect, searchVector, type SqlRunner } from '#database';
import { priorityProgressSql, roundedSql } from './roll-up.policy.js';
import type { PriorityRecord } from './plan.records.js';

@Injectable()
export class PriorityRepository extends CrudRepository<PriorityRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'priorities',
      label: 'priority',
      table: 'priorities',
      columns: {
        actionPlanId: { column: 'action_plan_id' },
        position: { column: 'position' },
        code: { column: 'code' },
        title: { column: 'title', json: true },
        description: { column: 'description', json: true },
        opinionReference: { column: 'opinion_reference' },
      },
    });
  }

  async nextPosition(actionPlanId: string, runner: SqlRunner = this.db): Promise<number> {
    const [row] = await runner.query<{ next: number }>(
      'SELECT coalesce(max(position), 0) + 1 AS next FROM priorities WHERE action_plan_id = $1',
      [actionPlanId],
    );
    return row.next;
  }

  listSpec(): ListSpec {
    return {
      resource: 'priorities',
      from: 'priorities p',
      idSql: 'p.id',
      select: `${recordSelect('p')}, p.action_plan_id AS "actionPlanId", p.position AS "position", p.code AS "code",
        p.title AS "title", p.description AS "description", p.opinion_reference AS "opinionReference",
        ${roundedSql(priorityProgressSql('p.id'))} AS "progress"`,
      fields: {
        ...recordFields('p'),
        actionPlanId: { sql: 'p.action_plan_id', type: 'uuid', sortable: true },
        position: { sql: 'p.position', type: 'integer', sortable: true },
        code: { sql: 'p.code', type: 'text', sortable: true },
        title: { sql: `(p.title->>'en')`, type: 'text', sortable: true, filterable: false },
      },
      searchVector: searchVector('p'),
      defaultSort: { field: 'position', order: 'ASC' },
    };
  }
}
