import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, searchVector, type SqlRunner, entityTable } from '#database';
import { priorityProgressSql, roundedSql } from './roll-up.policy.js';
import type { PriorityRecord } from './plan.dto.js';
import { Priority } from './priority.entity.js';

/** The priorities table, as its entity describes it. */
const PRIORITIES = entityTable(Priority);

@Injectable()
export class PriorityRepository extends CrudRepository<PriorityRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'priorities',
      label: 'priority',
      table: PRIORITIES.table,
      columns: PRIORITIES.columns,
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
      select: `${PRIORITIES.select('p')}, ${roundedSql(priorityProgressSql('p.id'))} AS "progress"`,
      fields: {
        ...recordFields('p'),
        actionPlanId: {
          sql: 'p.action_plan_id',
          type: 'uuid',
          sortable: true,
          orderBy: { sql: 'plan.code', join: 'JOIN action_plans plan ON plan.id = p.action_plan_id' },
        },
        position: { sql: 'p.position', type: 'integer', sortable: true },
        code: { sql: 'p.code', type: 'text', sortable: true },
        title: { sql: `(p.title->>'en')`, type: 'text', sortable: true, filterable: false },
      },
      searchVector: searchVector('p'),
      defaultSort: { field: 'position', order: 'ASC' },
    };
  }
}
